import { create } from 'zustand';

/** The screens of the app. The route lives in the URL hash so a reload keeps the place. */
export type Route =
  | { screen: 'today' }
  | { screen: 'aging' }
  | { screen: 'clients' }
  | { screen: 'client'; clientId: string }
  | { screen: 'settings'; section?: string }
  | { screen: 'print'; batch: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  switch (parts[0]) {
    case 'aging':
      return { screen: 'aging' };
    case 'clients':
      return parts[1] ? { screen: 'client', clientId: parts[1] } : { screen: 'clients' };
    case 'settings':
      return parts[1] ? { screen: 'settings', section: parts[1] } : { screen: 'settings' };
    case 'print':
      return { screen: 'print', batch: parts[1] ?? '' };
    default:
      return { screen: 'today' };
  }
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'client':
      return `#/clients/${encodeURIComponent(route.clientId)}`;
    case 'settings':
      return route.section ? `#/settings/${encodeURIComponent(route.section)}` : '#/settings';
    case 'print':
      return `#/print/${encodeURIComponent(route.batch)}`;
    default:
      return `#/${route.screen}`;
  }
}

interface NavigationState {
  route: Route;
  navigate: (route: Route) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: parseRoute(globalThis.location?.hash ?? ''),
  navigate: (route) => {
    const hash = routeHash(route);
    if (globalThis.location && globalThis.location.hash !== hash) globalThis.location.hash = hash;
    set({ route });
  },
}));

export function listenToHash(): () => void {
  const onHash = () => useNavigation.setState({ route: parseRoute(location.hash) });
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}
