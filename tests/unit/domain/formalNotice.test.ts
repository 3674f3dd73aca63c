import { describe, expect, it } from 'vitest';
import { lastFormalNoticeDate } from '../../../renderer/src/domain/formalNotice';
import type { JournalEntry, StepOutcome, StepKind } from '../../../renderer/src/domain/model';

const entry = (
  id: string,
  date: string,
  invoiceIds: string[],
  outcome: StepOutcome | undefined,
  stepKind: StepKind = 'formal-notice',
  type: JournalEntry['type'] = 'step',
): JournalEntry => ({
  id,
  clientId: 'c1',
  invoiceIds,
  date,
  at: `${date}T09:00:00.000Z`,
  type,
  stepKind,
  ...(outcome ? { outcome } : {}),
});

// Listed out of date order on purpose.
const JOURNAL: JournalEntry[] = [
  entry('j1', '2026-10-05', ['a'], 'done'),
  entry('j2', '2026-11-12', ['a', 'b'], 'skipped'), // skipped: nobody was put on notice
  entry('j3', '2026-10-20', ['b'], 'done'),
  entry('j4', '2026-11-02', ['a'], 'postponed'),
  entry('j5', '2026-11-20', ['a'], 'done', 'last-reminder'), // another step
  entry('j6', '2026-11-25', ['a'], undefined, 'formal-notice', 'document'), // the letter produced, not sent
  entry('j7', '2026-09-30', ['c'], 'done'),
];

describe('lastFormalNoticeDate', () => {
  it('takes the latest formal notice recorded done about the invoices asked', () => {
    // a: j1 (5 Oct) only — j2 skipped, j4 postponed, j5 another step, j6 a document line.
    expect(lastFormalNoticeDate(JOURNAL, ['a'])).toBe('2026-10-05');
    // b: j3 (20 Oct).
    expect(lastFormalNoticeDate(JOURNAL, ['b'])).toBe('2026-10-20');
    // a or b: the later of 5 Oct and 20 Oct.
    expect(lastFormalNoticeDate(JOURNAL, new Set(['a', 'b']))).toBe('2026-10-20');
    expect(lastFormalNoticeDate(JOURNAL, ['z'])).toBeUndefined();
    expect(lastFormalNoticeDate(JOURNAL, [])).toBeUndefined();
  });

  it('without invoices, takes the latest about any invoice of the client', () => {
    expect(lastFormalNoticeDate(JOURNAL)).toBe('2026-10-20');
    expect(lastFormalNoticeDate([])).toBeUndefined();
  });
});
