import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../../i18n';
import { platform } from '../../platform';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={async (e) => {
          const lang = e.target.value;
          if (!isLanguage(lang)) return;
          await changeLanguage(lang);
          await platform.writeSettings('language', lang);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
