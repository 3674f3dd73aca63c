import { useTranslation } from 'react-i18next';
import type { CompanySettings } from '../../domain/model';
import { useNavigation } from '../../state/navigation';

/** What every letter prints about the sender; a letter without them goes out with blanks. */
export function missingIdentityFields(company: CompanySettings): string[] {
  const missing: string[] = [];
  if (!company.name.trim()) missing.push('name');
  if (company.addressLines.every((l) => !l.trim())) missing.push('address');
  if (!company.iban.trim()) missing.push('iban');
  if (!company.signatoryName.trim()) missing.push('signatory');
  return missing;
}

/**
 * The first morning: before the first letter is printed, say what the letters still lack
 * and where to fill it in, instead of letting them go out with dotted blanks.
 */
export function CompanyIdentityNotice({ company }: { company: CompanySettings }) {
  const { t } = useTranslation('today');
  const navigate = useNavigation((s) => s.navigate);
  const missing = missingIdentityFields(company);
  if (missing.length === 0) return null;
  return (
    <div className="alert info" role="note">
      <p>
        {t('identity.missing', { fields: missing.map((f) => t(`identity.fields.${f}`)).join(', ') })}{' '}
        <a
          href="#/settings/company"
          onClick={(e) => {
            e.preventDefault();
            navigate({ screen: 'settings', section: 'company' });
          }}
        >
          {t('identity.open')}
        </a>
      </p>
    </div>
  );
}
