/**
 * The optional tray icon (setting "showTray", off by default) with the number of
 * actions due today in its tooltip and menu. When it is on, closing the window hides
 * it instead of quitting, so the daily reminder still comes.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface TrayLike {
  setToolTip(text: string): void;
  setContextMenu(template: MenuItemConstructorOptions[]): void;
  on(event: 'click', listener: () => void): void;
  destroy(): void;
}

export function dueCountLabel(count: number): string {
  if (count === 0) return "Aucune relance à faire aujourd'hui";
  if (count === 1) return "1 relance à faire aujourd'hui";
  return `${count} relances à faire aujourd'hui`;
}

export interface TrayDeps {
  createTray(): TrayLike;
  showWindow(): void;
  navigate(route: string): void;
  quit(): void;
}

export function trayMenu(count: number, deps: Omit<TrayDeps, 'createTray'>): MenuItemConstructorOptions[] {
  return [
    { label: dueCountLabel(count), enabled: false },
    { type: 'separator' },
    { label: 'Ouvrir Recouvre', click: () => deps.showWindow() },
    {
      label: 'Relances du jour',
      click: () => {
        deps.showWindow();
        deps.navigate('today');
      },
    },
    { type: 'separator' },
    { label: 'Quitter Recouvre', click: () => deps.quit() },
  ];
}

export function createTrayController(deps: TrayDeps) {
  let tray: TrayLike | null = null;
  let count = 0;

  function refresh(): void {
    if (!tray) return;
    tray.setToolTip(`Recouvre — ${dueCountLabel(count)}`);
    tray.setContextMenu(trayMenu(count, deps));
  }

  return {
    setVisible(visible: boolean): void {
      if (visible && !tray) {
        tray = deps.createTray();
        tray.on('click', () => deps.showWindow());
        refresh();
      } else if (!visible && tray) {
        tray.destroy();
        tray = null;
      }
    },
    setCount(next: number): void {
      count = next;
      refresh();
    },
    get visible(): boolean {
      return tray !== null;
    },
  };
}
