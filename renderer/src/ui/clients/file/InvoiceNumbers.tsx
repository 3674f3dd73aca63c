import { Fragment } from 'react';

/** "FA-2025-000086, FA-2026-000094": the list may wrap between numbers, never inside one at its hyphens. */
export function InvoiceNumbers({ numbers }: { numbers: readonly string[] }) {
  return (
    <>
      {numbers.map((n, i) => (
        <Fragment key={i}>
          {i > 0 ? ', ' : null}
          <span className="nowrap">{n}</span>
        </Fragment>
      ))}
    </>
  );
}
