import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../domain/import/plan';
import { useImportText } from './useImportText';

/** Every rejected line, in file order: the line number as a text editor shows it, the column, why. */
export function IssuesTable({ issues }: { issues: readonly ImportIssue[] }) {
  const { t } = useTranslation('import');
  const text = useImportText();
  if (issues.length === 0) return null;
  const sorted = [...issues].sort((a, b) => a.line - b.line);
  return (
    <div className="alert error issues" role="alert">
      <p>
        <strong>{t('screen.rejected', { count: issues.length })}</strong> {t('screen.rejectedHelp')}
      </p>
      <div className="table-scroll issues-scroll">
        <table className="data">
          <thead>
            <tr>
              <th className="num">{t('screen.line')}</th>
              <th>{t('screen.column')}</th>
              <th>{t('screen.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((i, k) => (
              <tr key={k}>
                <td className="num">{i.line > 0 ? i.line : '—'}</td>
                <td>{text.field(i.field)}</td>
                <td>{text.issue(i)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
