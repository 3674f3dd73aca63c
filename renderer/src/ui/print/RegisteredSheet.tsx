import { formatDate } from '../../domain/dates';
import type { Client, CompanySettings, IsoDate, Language } from '../../domain/model';
import { fill, labelsFor } from '../../documents/templates/labels';

/**
 * The sheet taken to the post office with the day's registered letters: recipient,
 * address, a box to stick the label or write the number. Same labels as the .docx
 * version (buildRegisteredMailList), in the same language.
 */
export function RegisteredSheet(props: {
  company: CompanySettings;
  today: IsoDate;
  lang: Language;
  clients: Client[];
}) {
  const R = labelsFor(props.lang).registeredList;
  const title = fill(R.title, { date: formatDate(props.today, props.lang) });
  return (
    <section className="letter registered-sheet" aria-label={title}>
      <h2>{title}</h2>
      <p>
        <strong>{R.sender} :</strong>
        <br />
        {[props.company.name, ...props.company.addressLines].filter(Boolean).map((line, i) => (
          <span key={i}>
            {line}
            <br />
          </span>
        ))}
      </p>
      <table className="grid registered-table">
        <colgroup>
          <col style={{ width: '10mm' }} />
          <col style={{ width: '48mm' }} />
          <col style={{ width: '70mm' }} />
          <col style={{ width: '42mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{R.number}</th>
            <th>{R.recipient}</th>
            <th>{R.address}</th>
            <th>{R.registeredNumber}</th>
          </tr>
        </thead>
        <tbody>
          {props.clients.map((c, i) => (
            <tr key={`${c.id}-${i}`}>
              <td className="center">{i + 1}</td>
              <td>
                <strong>{c.name}</strong>
              </td>
              <td className="address-cell">{c.addressLines.join('\n')}</td>
              <td className="number-box" />
            </tr>
          ))}
        </tbody>
      </table>
      <p>{fill(R.count, { count: props.clients.length })}</p>
    </section>
  );
}
