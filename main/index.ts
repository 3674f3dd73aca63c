/**
 * The Electron main process: lifecycle and wiring only. Everything with a decision in
 * it lives in a module that takes its dependencies as arguments and is unit-tested
 * with fakes; this file hands them the real Electron objects. It is the only main
 * file (with electronStore.ts) that imports 'electron' at run time.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  screen,
  session,
  shell,
  Tray,
  type IpcMainInvokeEvent,
  ipcMain,
} from 'electron';
import type { EventContract, EventName } from '../preload/contract';
import { COMPANY_SETTINGS_KEY } from '../preload/channels';
import { parseCompanySettings } from '../renderer/src/domain/companySettings';
import { writeBackup, type BackupFs } from './backups';
import { openElectronStore } from './electronStore';
import { saveFile } from './files';
import { registerHandlers } from './handlers';
import { createIpcRegistry } from './ipc';
import { buildMenuTemplate } from './menu';
import { createNotifier } from './notifications';
import { createScheduler } from './scheduler';
import {
  createWindowOpenHandler,
  isAllowedExternalUrl,
  isPermissionGranted,
  shouldAllowNavigation,
} from './security';
import { memoryStore, rendererSettings, shellState, type KeyValueStore } from './settings';
import { createTrayController } from './tray';
import { createMainWindow } from './window';

// dist-electron/main.cjs → the app root is one level up (see scripts/build-shell.mjs).
const shellDir = __dirname;
const rendererIndex = path.join(shellDir, '..', 'dist', 'renderer', 'index.html');
const preloadPath = path.join(shellDir, 'preload.cjs');
const iconPath = path.join(shellDir, 'icon.png');

/** The Vite dev server, for development only and only on this machine. */
function devServerUrl(): string | null {
  const url = process.env.RECOUVRE_DEV_URL;
  if (app.isPackaged || !url) return null;
  return /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(url) ? url : null;
}

const devUrl = devServerUrl();
const appUrl = devUrl ?? pathToFileURL(rendererIndex).href;

const nodeFs: BackupFs = {
  writeFile: (p, bytes) => fs.writeFile(p, bytes),
  rename: (a, b) => fs.rename(a, b),
  unlink: (p) => fs.unlink(p),
  mkdir: async (dir) => void (await fs.mkdir(dir, { recursive: true })),
  readdir: (dir) => fs.readdir(dir),
};

function openStore(): KeyValueStore {
  try {
    return openElectronStore();
  } catch (error) {
    // A corrupt settings file must not stop the user from reaching their invoices.
    console.error('Settings could not be opened, using defaults for this session', error);
    return memoryStore();
  }
}

if (!app.requestSingleInstanceLock()) {
  // A second double-click: the first instance shows its window (below) and we leave.
  app.quit();
} else {
  app.setAppUserModelId('fr.recouvre.app');
  void app.whenReady().then(start);
}

function start(): void {
  const store = openStore();
  const prefs = rendererSettings(store);
  const shellMemory = shellState(store);
  const company = () => parseCompanySettings(prefs.read(COMPANY_SETTINGS_KEY));
  const backupsDir = path.join(app.getPath('documents'), 'Recouvre', 'Sauvegardes');
  let win: BrowserWindow | null = null;
  let quitting = false;

  // Electron checklist: deny every permission request but notifications.
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));

  const openExternal = async (url: string) => {
    if (isAllowedExternalUrl(url)) await shell.openExternal(url);
  };

  // Every web contents, present and future: no navigation away, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!shouldAllowNavigation(url, appUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!shouldAllowNavigation(url, appUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(createWindowOpenHandler(openExternal));
  });

  function send<E extends EventName>(name: E, payload: EventContract[E]): boolean {
    if (!win || win.isDestroyed() || win.webContents.isLoading()) return false;
    win.webContents.send(name, payload);
    return true;
  }

  function showWindow(): void {
    if (!win || win.isDestroyed()) {
      openWindow();
      return;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  const navigate = (route: string) => void send('app:navigate', { route });

  const tray = createTrayController({
    createTray: () => {
      const t = new Tray(nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 }));
      return {
        setToolTip: (text) => t.setToolTip(text),
        setContextMenu: (template) => t.setContextMenu(Menu.buildFromTemplate(template)),
        on: (event, listener) => void t.on(event, listener),
        destroy: () => t.destroy(),
      };
    },
    showWindow,
    navigate,
    quit: () => app.quit(),
  });

  const notifier = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
    focusWindow: showWindow,
    navigate,
    icon: iconPath,
  });

  const scheduler = createScheduler({
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    config: () => {
      const c = company();
      return { time: c.schedulerTime, timeZone: c.timeZone };
    },
    lastTickDate: () => shellMemory.lastTickDate(),
    setLastTickDate: (date) => shellMemory.setLastTickDate(date),
    send: (tick) => send('schedule:tick', tick),
  });

  const ipc = createIpcRegistry<IpcMainInvokeEvent>(ipcMain, () => appUrl);
  registerHandlers(ipc, {
    saveFile: (file, open) =>
      saveFile(
        {
          fs: nodeFs,
          documentsDir: app.getPath('documents'),
          openPath: (p) => shell.openPath(p),
          askPath: async (defaultPath, extension) => {
            const options = {
              defaultPath,
              filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
            };
            const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
            return r.canceled ? undefined : r.filePath;
          },
        },
        file,
        open,
      ),
    openExternal,
    print: (event) =>
      new Promise((resolve) => {
        const target = BrowserWindow.fromWebContents(event.sender);
        if (!target) return resolve({ printed: false, reason: 'no window' });
        target.webContents.print({}, (printed, reason) =>
          resolve(printed ? { printed } : { printed, reason }),
        );
      }),
    readSetting: (key) => prefs.read(key),
    writeSetting: (key, value) => {
      prefs.write(key, value);
      if (key === COMPANY_SETTINGS_KEY) {
        scheduler.reschedule();
        tray.setVisible(company().showTray);
      }
    },
    notify: (notice) => notifier.show(notice),
    setDueCount: (count) => {
      tray.setCount(count);
      app.setBadgeCount(count);
    },
    writeBackup: (date, bytes) => writeBackup(nodeFs, backupsDir, { date, bytes }),
    setLoginItem: (openAtLogin) => {
      // Windows and macOS only; elsewhere the setting reads back as off.
      app.setLoginItemSettings({ openAtLogin });
      return app.getLoginItemSettings().openAtLogin;
    },
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isDev: devUrl !== null,
        print: () => win?.webContents.print({}),
        navigate: (route) => {
          showWindow();
          navigate(route);
        },
        openBackupsFolder: () => {
          void fs.mkdir(backupsDir, { recursive: true }).then(() => shell.openPath(backupsDir));
        },
        showAbout: () => app.showAboutPanel(),
      }),
    ),
  );
  app.setAboutPanelOptions({ applicationName: 'Recouvre', applicationVersion: app.getVersion() });

  function openWindow(): void {
    win = createMainWindow({
      BrowserWindow,
      workAreas: () => screen.getAllDisplays().map((d) => d.workArea),
      loadState: () => shellMemory.windowState(),
      saveState: (state) => shellMemory.setWindowState(state),
      preloadPath,
      icon: iconPath,
    });
    win.on('close', (event) => {
      // With the tray on, closing hides: the daily reminder keeps coming.
      if (tray.visible && !quitting) {
        event.preventDefault();
        win?.hide();
      }
    });
    win.on('closed', () => {
      win = null;
    });
    // The start-up tick waits for the page (the preload keeps it until React listens).
    win.webContents.once('did-finish-load', () => scheduler.start());
    void (devUrl ? win.loadURL(devUrl) : win.loadFile(rendererIndex));
  }

  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  powerMonitor.on('resume', () => scheduler.resume());

  tray.setVisible(company().showTray);
  openWindow();
}
