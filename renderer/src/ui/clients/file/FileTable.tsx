import type { ReactNode } from 'react';

export interface FileColumn {
  label: string;
  /** amounts, counts and days align right */
  num?: boolean;
}

/** A table's column headings, amounts to the right. */
export function ColumnHeads({ columns }: { columns: FileColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.label} scope="col" className={c.num ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface FileTableProps {
  /** the table's own class, for its column widths */
  className: string;
  caption: string;
  columns: FileColumn[];
  /** said across the whole table when it has no row */
  empty: string;
  rowCount: number;
  children: ReactNode;
}

/** A table of the client file in its card: caption, headings, and a sentence rather than nothing when empty. */
export function FileTable({ className, caption, columns, empty, rowCount, children }: FileTableProps) {
  return (
    <div className="card cf-table-card">
      <table className={`data ${className}`}>
        <caption>{caption}</caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {rowCount === 0 ? (
            <tr>
              <td colSpan={columns.length} className="muted cf-empty-row">
                {empty}
              </td>
            </tr>
          ) : null}
          {children}
        </tbody>
      </table>
    </div>
  );
}
