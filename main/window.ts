/**
 * The main window: Electron's security checklist in its options, and its size and
 * place remembered between sessions — restored only when still on a screen (a laptop
 * unplugged from its second monitor must not open the app off-screen).
 * No runtime import of 'electron': index.ts passes the constructor, tests import this.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { z } from 'zod';

export interface WindowState {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface InitialBounds {
  width: number;
  height: number;
  /** absent: let Electron centre the window on the primary display */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };
/** How much of the title bar must be on a screen for the user to grab it. */
const MIN_VISIBLE = { width: 120, height: 40 };

const savedState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean().catch(false),
});

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The bounds to open with, from what was saved and the displays' work areas now.
 * Saved bounds whose top strip is on no display → default size, centred.
 */
export function restoreWindowBounds(saved: unknown, workAreas: readonly Rectangle[]): InitialBounds {
  const parsed = savedState.safeParse(saved);
  if (!parsed.success) return { ...DEFAULT_SIZE, maximized: false };
  const s = parsed.data;
  const titleBar: Rectangle = { x: s.x, y: s.y, width: s.width, height: MIN_VISIBLE.height };
  const screen = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
  if (!screen) return { ...DEFAULT_SIZE, maximized: s.maximized };
  return {
    x: s.x,
    y: s.y,
    // A window bigger than its screen (resolution lowered since) is shrunk to it.
    width: Math.max(MIN_SIZE.width, Math.min(s.width, screen.width)),
    height: Math.max(MIN_SIZE.height, Math.min(s.height, screen.height)),
    maximized: s.maximized,
  };
}

/** The checklist, in one place a test reads. */
export function mainWindowOptions(
  preloadPath: string,
  bounds: InitialBounds,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    width: bounds.width,
    height: bounds.height,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Recouvre',
    backgroundColor: '#ffffff',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    },
  };
}

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  workAreas(): Rectangle[];
  loadState(): unknown;
  saveState(state: WindowState): void;
  preloadPath: string;
  icon?: string;
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const bounds = restoreWindowBounds(deps.loadState(), deps.workAreas());
  const win = new deps.BrowserWindow(mainWindowOptions(deps.preloadPath, bounds, deps.icon));
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });
  // The normal (un-maximized) bounds, so un-maximizing next time gives the user's size.
  win.on('close', () => {
    const b = win.getNormalBounds();
    deps.saveState({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  return win;
}
