import { describe, expect, it, vi } from 'vitest';
import {
  createWindowOpenHandler,
  isAllowedExternalUrl,
  isAllowedMailto,
  isPermissionGranted,
  isTrustedSender,
  shouldAllowNavigation,
} from '../../../main/security';

const appUrl = 'file:///opt/Recouvre/resources/app.asar/dist/renderer/index.html';
const devUrl = 'http://localhost:5173/';

describe('isAllowedExternalUrl', () => {
  it.each([
    'mailto:compta@dupont.fr?subject=Relance%20facture%20F-2026-001',
    'mailto:?subject=Relance',
    'https://www.banque-france.fr/taux',
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045174813',
  ])('lets %s go to the system', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['http (clear text)', 'http://www.banque-france.fr/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript hiding a mailto', 'javascript:fetch("https://evil.example")//mailto:a@b.fr'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['smb share', 'smb://evil.example/share'],
    ['custom scheme launching a program', 'ms-msdt:/id PCWDiagnostic'],
    ['credentials in an https URL', 'https://impots.gouv.fr@evil.example/'],
    ['not a URL at all', 'www.evil.example'],
    ['leading space (string tricks)', ' https://evil.example'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAllowedMailto (mail:open)', () => {
  it('allows a mailto', () => {
    expect(isAllowedMailto('mailto:compta@dupont.fr?subject=Relance')).toBe(true);
  });
  it.each([
    'https://evil.example/mailto:compta@dupont.fr',
    'https://evil.example/?to=mailto:compta@dupont.fr',
    'javascript:alert(1)//mailto:a@b.fr',
    'MAILTO-evil:x',
    'data:text/plain,mailto:a@b.fr',
  ])('refuses %s, a mailto in disguise', (url) => {
    expect(isAllowedMailto(url)).toBe(false);
  });
});

describe('shouldAllowNavigation', () => {
  it('stays on the app page, hash routes included', () => {
    expect(shouldAllowNavigation(appUrl, appUrl)).toBe(true);
    expect(shouldAllowNavigation(`${appUrl}#/today`, appUrl)).toBe(true);
    expect(shouldAllowNavigation('http://localhost:5173/clients', devUrl)).toBe(true);
  });
  it.each([
    ['another origin', 'https://evil.example/', appUrl],
    ['another local file', 'file:///etc/passwd', appUrl],
    [
      'another file next to the app',
      'file:///opt/Recouvre/resources/app.asar/dist/renderer/other.html',
      appUrl,
    ],
    ['another port on localhost', 'http://localhost:8080/', devUrl],
    ['https lookalike of the dev server', 'https://localhost:5173/', devUrl],
    ['javascript', 'javascript:alert(1)', appUrl],
    ['garbage', 'not a url', appUrl],
  ])('denies %s', (_name, url, app) => {
    expect(shouldAllowNavigation(url, app)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page only', () => {
    expect(isTrustedSender(`${appUrl}#/settings`, appUrl)).toBe(true);
    expect(isTrustedSender('https://evil.example/', appUrl)).toBe(false);
    expect(isTrustedSender('about:blank', appUrl)).toBe(false);
    expect(isTrustedSender(null, appUrl)).toBe(false);
    expect(isTrustedSender(undefined, appUrl)).toBe(false);
  });
});

describe('window open handler', () => {
  it('always denies; opens only allow-listed URLs outside', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://www.banque-france.fr/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'mailto:a@b.fr' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.banque-france.fr/'], ['mailto:a@b.fr']]);
  });
});

describe('permissions', () => {
  it('grants notifications and nothing else', () => {
    expect(isPermissionGranted('notifications')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'midi',
      'fullscreen',
      'hid',
      'serial',
    ]) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });
});
