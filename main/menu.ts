/**
 * The application menu, in French (the user is a French office manager; Electron's
 * default role labels would be English on Windows and Linux). Each role keeps its
 * standard shortcut; labels are set explicitly. No "Reload" outside development: a
 * reload in the middle of an import is a surprise, and no developer tools either.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuDeps {
  isMac: boolean;
  isDev: boolean;
  print(): void;
  navigate(route: string): void;
  openBackupsFolder(): void;
  showAbout(): void;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = deps.isMac
    ? [
        {
          label: 'Recouvre',
          submenu: [
            { label: 'À propos de Recouvre', click: () => deps.showAbout() },
            { type: 'separator' },
            { role: 'hide', label: 'Masquer Recouvre' },
            { role: 'hideOthers', label: 'Masquer les autres' },
            { role: 'unhide', label: 'Tout afficher' },
            { type: 'separator' },
            { role: 'quit', label: 'Quitter Recouvre' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'Fichier',
    submenu: [
      { label: 'Imprimer…', accelerator: 'CmdOrCtrl+P', click: () => deps.print() },
      { label: 'Ouvrir le dossier des sauvegardes', click: () => deps.openBackupsFolder() },
      { type: 'separator' },
      deps.isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Édition',
    submenu: [
      { role: 'undo', label: 'Annuler' },
      { role: 'redo', label: 'Rétablir' },
      { type: 'separator' },
      { role: 'cut', label: 'Couper' },
      { role: 'copy', label: 'Copier' },
      { role: 'paste', label: 'Coller' },
      { role: 'selectAll', label: 'Tout sélectionner' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'Affichage',
    submenu: [
      { label: 'Relances du jour', accelerator: 'CmdOrCtrl+T', click: () => deps.navigate('today') },
      { type: 'separator' },
      { role: 'resetZoom', label: 'Taille réelle' },
      { role: 'zoomIn', label: 'Zoom avant' },
      { role: 'zoomOut', label: 'Zoom arrière' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Plein écran' },
      ...(deps.isDev
        ? ([
            { type: 'separator' },
            { role: 'reload', label: 'Recharger' },
            { role: 'toggleDevTools', label: 'Outils de développement' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: 'Fenêtre',
    submenu: [
      { role: 'minimize', label: 'Réduire' },
      { role: 'zoom', label: 'Agrandir' },
      ...(deps.isMac ? [] : ([{ role: 'close', label: 'Fermer' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: 'Aide',
    submenu: [{ label: 'À propos de Recouvre', click: () => deps.showAbout() }],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
