import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, LOGO_TYPES } from './companyDraft';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * The letterhead logo: a PNG or JPEG of at most 500 KB, kept as a data: URL in the
 * settings (no file path that breaks when the file moves). Preview and remove.
 */
export function LogoInput({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useTranslation('settings');
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field logo-field">
      <span className="field-label" id="logo-label">
        {t('company.logo')}
      </span>
      <div className="logo-row">
        {value ? (
          <img className="logo-preview" src={value} alt={t('company.logoPreview')} />
        ) : (
          <span className="logo-empty muted">{t('company.noLogo')}</span>
        )}
        <div className="logo-actions">
          <label className="button">
            {value ? t('company.logoReplace') : t('company.logoChoose')}
            <input
              type="file"
              className="visually-hidden"
              accept={LOGO_TYPES.join(',')}
              aria-describedby="logo-hint"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
                  setError(t('company.logoType'));
                  return;
                }
                if (file.size > LOGO_MAX_BYTES) {
                  setError(t('company.logoTooLarge', { size: Math.ceil(file.size / 1024) }));
                  return;
                }
                setError(null);
                onChange(await readAsDataUrl(file));
              }}
            />
          </label>
          {value && (
            <button type="button" className="danger" onClick={() => onChange(undefined)}>
              {t('company.logoRemove')}
            </button>
          )}
        </div>
      </div>
      <span id="logo-hint" className="field-hint">
        {t('company.logoHint')}
      </span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
