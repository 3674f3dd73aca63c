import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../main/menu';
import { createNotifier, type NotificationLike } from '../../../main/notifications';
import { memoryStore, rendererSettings, shellState } from '../../../main/settings';
import { createTrayController, dueCountLabel, type TrayLike } from '../../../main/tray';

describe('notifications', () => {
  function setup(supported = true) {
    const made: { options: unknown; handlers: Map<string, () => void>; shown: boolean }[] = [];
    const focusWindow = vi.fn();
    const navigate = vi.fn();
    const notifier = createNotifier({
      isSupported: () => supported,
      create: (options) => {
        const n = { options, handlers: new Map<string, () => void>(), shown: false };
        made.push(n);
        const like: NotificationLike = {
          on: (e, l) => void n.handlers.set(e, l),
          show: () => void (n.shown = true),
        };
        return like;
      },
      focusWindow,
      navigate,
    });
    return { made, focusWindow, navigate, notifier };
  }

  it('shows it; a click focuses the window and navigates to today by default', () => {
    const { made, focusWindow, navigate, notifier } = setup();
    expect(notifier.show({ title: 'Recouvre', body: "4 relances à faire aujourd'hui" })).toEqual({
      shown: true,
    });
    expect(made[0]?.shown).toBe(true);
    expect(notifier.pending).toBe(1);
    made[0]?.handlers.get('click')?.();
    expect(focusWindow).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith('today');
    expect(notifier.pending).toBe(0);
  });

  it('navigates to the route of the notice', () => {
    const { made, navigate, notifier } = setup();
    notifier.show({ title: 'Recouvre', body: 'x', route: 'clients/42' });
    made[0]?.handlers.get('click')?.();
    expect(navigate).toHaveBeenCalledWith('clients/42');
  });

  it('does nothing where notifications are unsupported', () => {
    const { made, notifier } = setup(false);
    expect(notifier.show({ title: 'a', body: 'b' })).toEqual({ shown: false });
    expect(made).toHaveLength(0);
  });
});

describe('tray', () => {
  it('labels the count in French', () => {
    expect(dueCountLabel(0)).toBe("Aucune relance à faire aujourd'hui");
    expect(dueCountLabel(1)).toBe("1 relance à faire aujourd'hui");
    expect(dueCountLabel(4)).toBe("4 relances à faire aujourd'hui");
  });

  it('appears only when enabled and shows the count', () => {
    const tooltips: string[] = [];
    const destroy = vi.fn();
    const tray = createTrayController({
      createTray: (): TrayLike => ({
        setToolTip: (t) => void tooltips.push(t),
        setContextMenu: () => undefined,
        on: () => undefined,
        destroy,
      }),
      showWindow: vi.fn(),
      navigate: vi.fn(),
      quit: vi.fn(),
    });
    tray.setCount(3);
    expect(tray.visible).toBe(false);
    expect(tooltips).toEqual([]);
    tray.setVisible(true);
    expect(tooltips.at(-1)).toBe("Recouvre — 3 relances à faire aujourd'hui");
    tray.setCount(1);
    expect(tooltips.at(-1)).toBe("Recouvre — 1 relance à faire aujourd'hui");
    tray.setVisible(false);
    expect(destroy).toHaveBeenCalled();
    expect(tray.visible).toBe(false);
  });
});

describe('menu', () => {
  const labels = (items: MenuItemConstructorOptions[]): string[] =>
    items
      .flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])])
      .filter(Boolean);

  it('is in French, prints with Ctrl+P, and has no developer tools in production', () => {
    const print = vi.fn();
    const template = buildMenuTemplate({
      isMac: false,
      isDev: false,
      print,
      navigate: vi.fn(),
      openBackupsFolder: vi.fn(),
      showAbout: vi.fn(),
    });
    expect(template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    const all = labels(template);
    expect(all).toEqual(expect.arrayContaining(['Imprimer…', 'Annuler', 'Copier', 'Coller', 'Quitter']));
    expect(all).not.toContain('Outils de développement');
    expect(all).not.toContain('Recharger');
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file[0]?.accelerator).toBe('CmdOrCtrl+P');
    file[0]?.click?.({} as never, undefined, {} as never);
    expect(print).toHaveBeenCalled();
  });

  it('has the macOS application menu on a Mac', () => {
    const template = buildMenuTemplate({
      isMac: true,
      isDev: true,
      print: vi.fn(),
      navigate: vi.fn(),
      openBackupsFolder: vi.fn(),
      showAbout: vi.fn(),
    });
    expect(template[0]?.label).toBe('Recouvre');
    expect(labels(template)).toContain('Outils de développement');
  });
});

describe('settings', () => {
  it('keeps the page’s keys apart from the shell’s memory', () => {
    const store = memoryStore();
    const prefs = rendererSettings(store);
    const shell = shellState(store);
    shell.setLastTickDate('2026-01-15');
    prefs.write('shell.lastTickDate', '1999-01-01'); // the page cannot reach it
    expect(shell.lastTickDate()).toBe('2026-01-15');
    prefs.write('company', { name: 'Dupont SARL' });
    expect(prefs.read('company')).toEqual({ name: 'Dupont SARL' });
    expect(prefs.read('missing')).toBeUndefined();
  });
});
