import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash, useNavigation, type Route } from '../../state/navigation';
import { LanguageSwitch } from './LanguageSwitch';

interface NavItem {
  screen: 'today' | 'aging' | 'clients' | 'settings';
  labelKey: string;
  count?: number;
}

function isActive(item: NavItem, route: Route) {
  if (item.screen === 'clients') return route.screen === 'clients' || route.screen === 'client';
  return route.screen === item.screen;
}

export function Layout({ children, dueCount }: { children: ReactNode; dueCount?: number }) {
  const { t } = useTranslation('common');
  const route = useNavigation((s) => s.route);
  const navigate = useNavigation((s) => s.navigate);
  // The hash changes, the page does not reload: without this, a screen would open at the
  // scroll position of the previous one (half-way down Aujourd'hui after a long client list).
  const place = routeHash(route);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [place]);
  const items: NavItem[] = [
    { screen: 'today', labelKey: 'nav.today', count: dueCount },
    { screen: 'aging', labelKey: 'nav.aging' },
    { screen: 'clients', labelKey: 'nav.clients' },
    { screen: 'settings', labelKey: 'nav.settings' },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand" aria-label="Recouvre">
          <span className="brand-mark" aria-hidden="true">
            R
          </span>
          <span className="brand-name">Recouvre</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav">
            {items.map((item) => (
              <li key={item.screen}>
                <a
                  href={`#/${item.screen}`}
                  className={isActive(item, route) ? 'nav-link active' : 'nav-link'}
                  aria-current={isActive(item, route) ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate({ screen: item.screen });
                  }}
                >
                  {t(item.labelKey)}
                  {item.count ? (
                    <span className="badge" aria-label={t('nav.dueCount', { count: item.count })}>
                      {item.count}
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
