import { describe, expect, it } from 'vitest';
import { formalNoticeDates, lastFormalNoticeDate } from '../../../renderer/src/domain/formalNotice';
import type {
  Client,
  Invoice,
  JournalEntry,
  StepOutcome,
  StepKind,
} from '../../../renderer/src/domain/model';
import { clientPenalties } from '../../../renderer/src/domain/penalties';
import { DEFAULT_RATES } from '../../../renderer/src/domain/rates';

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

describe('formalNoticeDates', () => {
  it("keeps each invoice's FIRST notice done: a second notice does not move the start of interest", () => {
    const journal = [
      ...JOURNAL,
      entry('j8', '2026-11-26', ['a', 'd'], 'done'), // a second notice for a, the first for d
    ];
    expect(formalNoticeDates(journal)).toEqual(
      new Map([
        ['a', '2026-10-05'],
        ['b', '2026-10-20'],
        ['c', '2026-09-30'],
        ['d', '2026-11-26'],
      ]),
    );
  });
});

describe('clientPenalties with a notice per invoice (consumer)', () => {
  it('runs interest only on the invoices the notice listed, from the day after it', () => {
    const client: Client = {
      id: 'c1',
      name: 'M. Dupont',
      kind: 'consumer',
      addressLines: [],
      contacts: [],
      language: 'fr',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const invoice = (id: string, dueDate: string, amount: number): Invoice => ({
      id,
      number: id.toUpperCase(),
      clientId: 'c1',
      issueDate: '2026-01-01',
      dueDate,
      amountInclVat: amount,
      amountExclVat: amount,
      currency: 'EUR',
      source: 'manual',
    });
    const result = clientPenalties({
      client,
      invoices: [invoice('a', '2026-01-31', 100_000), invoice('b', '2026-02-15', 50_000)],
      payments: [],
      asOf: '2026-03-31',
      rates: DEFAULT_RATES,
      contractualRate: null,
      fixedIndemnity: 4000,
      // the notice of 1 March listed invoice a only
      formalNoticeDates: formalNoticeDates([entry('n1', '2026-03-01', ['a'], 'done')]),
    });
    // a: 2 March → 31 March = 30 days at the 2026 H1 legal rate "other cases" 2.62 %:
    //    1 000,00 € × 2.62 % × 30 / 365 = 2,1534… → 2,15 €; no 40 € for a consumer.
    // b: never put on notice → no interest at all.
    expect(result.invoices.map((p) => [p.invoiceId, p.basis, p.interest])).toEqual([
      ['a', 'consumer-legal', 215],
    ]);
    expect(result.total).toBe(215);
  });
});
