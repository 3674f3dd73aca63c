import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanySettings } from '../../state/companySettings';
import { useNavigation } from '../../state/navigation';
import { useLoadedCompanySettings } from '../components/useToday';
import { DataTab } from '../data/DataTab';
import { CompanyTab } from './CompanyTab';
import { PolicyTab } from './PolicyTab';
import { RatesTab } from './RatesTab';
import { ScenariosTab } from './ScenariosTab';
import { TemplatesTab } from './TemplatesTab';
import './settings.css';

/** The sections, in the order of the tabs; the id is the last part of the URL (#/settings/company). */
export const SETTINGS_SECTIONS = ['company', 'policy', 'scenarios', 'templates', 'rates', 'data'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

function sectionOf(value: string | undefined): SettingsSection {
  return (SETTINGS_SECTIONS as readonly string[]).includes(value ?? '')
    ? (value as SettingsSection)
    : 'company';
}

/**
 * "Paramètres": one tab per section. The tab lives in the URL so a reload, a link from
 * another screen ("add the missing half-year" → #/settings/rates) or the back button
 * land on the same section.
 */
export function SettingsScreen({ section }: { section?: string }) {
  const { t } = useTranslation('settings');
  const navigate = useNavigation((s) => s.navigate);
  const current = sectionOf(section);
  const tabRefs = useRef(new Map<SettingsSection, HTMLButtonElement>());
  // The tabs edit the company settings: read them once from the platform.
  useLoadedCompanySettings();
  const loaded = useCompanySettings((s) => s.loaded);

  const select = (next: SettingsSection, focus = false) => {
    navigate({ screen: 'settings', section: next });
    if (focus) tabRefs.current.get(next)?.focus();
  };

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = SETTINGS_SECTIONS.indexOf(current);
    const last = SETTINGS_SECTIONS.length - 1;
    const target =
      e.key === 'ArrowRight'
        ? at === last
          ? 0
          : at + 1
        : e.key === 'ArrowLeft'
          ? at === 0
            ? last
            : at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (target === null) return;
    e.preventDefault();
    select(SETTINGS_SECTIONS[target]!, true);
  };

  useEffect(() => {
    document.title = `${t(`tabs.${current}`)} · ${t('title')} · Recouvre`;
  }, [current, t]);

  return (
    <section aria-labelledby="screen-title" className="settings">
      <div className="screen-header">
        <h1 id="screen-title">{t('title')}</h1>
      </div>
      <div className="tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
        {SETTINGS_SECTIONS.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            id={`settings-tab-${s}`}
            aria-controls={`settings-panel-${s}`}
            aria-selected={s === current}
            tabIndex={s === current ? 0 : -1}
            ref={(el) => {
              if (el) tabRefs.current.set(s, el);
              else tabRefs.current.delete(s);
            }}
            onClick={() => select(s)}
          >
            {t(`tabs.${s}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`settings-panel-${current}`} aria-labelledby={`settings-tab-${current}`}>
        {/* The forms start from the stored settings: wait for them rather than show the defaults. */}
        {!loaded && (current === 'company' || current === 'policy') && (
          <p className="muted">{t('loading')}</p>
        )}
        {loaded && current === 'company' && <CompanyTab />}
        {loaded && current === 'policy' && <PolicyTab />}
        {current === 'scenarios' && <ScenariosTab />}
        {current === 'templates' && <TemplatesTab />}
        {current === 'rates' && <RatesTab />}
        {current === 'data' && <DataTab />}
      </div>
    </section>
  );
}
