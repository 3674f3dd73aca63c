/**
 * Desktop notifications ("4 relances à faire aujourd'hui"). A click brings the window
 * to the front and sends 'app:navigate' so the page opens the screen named in the
 * notice (default: today's actions).
 */
import type { Notice } from '../renderer/src/platform/platform';

export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): void;
  show(): void;
}

export interface NotifyDeps {
  isSupported(): boolean;
  create(options: { title: string; body: string; icon?: string }): NotificationLike;
  focusWindow(): void;
  navigate(route: string): void;
  icon?: string;
}

export const DEFAULT_ROUTE = 'today';

export function createNotifier(deps: NotifyDeps) {
  // Electron drops the click handler of a notification that was garbage-collected.
  const alive = new Set<NotificationLike>();
  return {
    show(notice: Notice): { shown: boolean } {
      if (!deps.isSupported()) return { shown: false };
      const n = deps.create({
        title: notice.title,
        body: notice.body,
        ...(deps.icon ? { icon: deps.icon } : {}),
      });
      alive.add(n);
      n.on('click', () => {
        alive.delete(n);
        deps.focusWindow();
        deps.navigate(notice.route ?? DEFAULT_ROUTE);
      });
      n.on('close', () => alive.delete(n));
      n.show();
      return { shown: true };
    },
    get pending(): number {
      return alive.size;
    },
  };
}
