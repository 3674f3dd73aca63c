/**
 * The security checks of Electron's checklist as small pure functions (Actual Budget's
 * `external-links.ts` habit): URLs are parsed with `new URL`, never matched as strings,
 * so `javascript:…//mailto:` or `https://evil@…` tricks are judged on what the URL
 * really is. Each one has a test that fails if the check is removed.
 */

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A parsed mailto: URL with at least a recipient or a subject/body — nothing else. */
export function isAllowedMailto(url: string): boolean {
  const u = parse(url);
  return u !== null && u.protocol === 'mailto:' && url.trim() === url && u.href.length <= 100_000;
}

/**
 * What may leave the app for the system (the mail client, the browser): a parsed
 * `mailto:` or an `https:` URL with a host and no credentials (no
 * `https://impots.gouv.fr@evil.example`). Never http:, file:, javascript:, data:,
 * custom schemes that launch local programs.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (isAllowedMailto(url)) return true;
  const u = parse(url);
  if (u === null || u.protocol !== 'https:') return false;
  return u.hostname !== '' && u.username === '' && u.password === '' && url.trim() === url;
}

/**
 * Is `url` the app's own page? For the packaged app (file://…/dist/renderer/index.html)
 * only that very file, any hash (the router) or query; for the dev server, its origin.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const u = parse(url);
  const app = parse(appUrl);
  if (u === null || app === null) return false;
  if (app.protocol === 'file:') {
    return u.protocol === 'file:' && u.host === app.host && u.pathname === app.pathname;
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return u.origin === app.origin;
  return false;
}

/** `will-navigate` / `will-redirect`: stay on the app's page, deny everything else. */
export function shouldAllowNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl);
}

/** An IPC message is answered only when it comes from the app's own page. */
export function isTrustedSender(frameUrl: string | null | undefined, appUrl: string): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, appUrl);
}

/**
 * `setWindowOpenHandler`: the app never opens a second Electron window. An allow-listed
 * link (a `target=_blank` to the ECB rates page, a mailto) goes to the system instead.
 */
export function createWindowOpenHandler(openExternal: (url: string) => Promise<void> | void) {
  return (details: { url: string }): { action: 'deny' } => {
    if (isAllowedExternalUrl(details.url)) void openExternal(details.url);
    return { action: 'deny' };
  };
}

/** Only desktop notifications (the daily reminder) are granted to the page. */
export function isPermissionGranted(permission: string): boolean {
  return permission === 'notifications';
}
