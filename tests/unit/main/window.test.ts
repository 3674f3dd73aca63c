import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, mainWindowOptions, restoreWindowBounds } from '../../../main/window';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoreWindowBounds', () => {
  it('restores size and place on a visible display', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: true };
    expect(restoreWindowBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('ignores the place when that display is gone (monitor unplugged)', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('ignores a window whose title bar is off the top of the screen', () => {
    const saved = { x: 100, y: -500, width: 1200, height: 800, maximized: false };
    expect(restoreWindowBounds(saved, [laptop]).x).toBeUndefined();
  });

  it('ignores a window showing only a sliver (less than 120 px of title bar)', () => {
    // 1920 − 1850 = 70 px visible
    const saved = { x: 1850, y: 100, width: 1200, height: 800, maximized: false };
    expect(restoreWindowBounds(saved, [laptop]).x).toBeUndefined();
  });

  it('shrinks a window larger than its screen', () => {
    const saved = { x: 0, y: 0, width: 2560, height: 1400, maximized: false };
    expect(restoreWindowBounds(saved, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('falls back to the defaults on nothing saved or garbage', () => {
    expect(restoreWindowBounds(undefined, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
    expect(restoreWindowBounds({ x: 'a' }, [laptop])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });
});

describe('mainWindowOptions', () => {
  it('follows the Electron security checklist', () => {
    const o = mainWindowOptions('/app/dist-electron/preload.cjs', {
      width: 1280,
      height: 820,
      maximized: false,
    });
    expect(o.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect('x' in o).toBe(false);
  });
});
