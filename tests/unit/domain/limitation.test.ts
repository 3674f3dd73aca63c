import { describe, expect, it } from 'vitest';
import { limitationDate, limitationWarning } from '../../../renderer/src/domain/limitation';
import type { Client, Invoice } from '../../../renderer/src/domain/model';

const client = (kind: Client['kind']): Client => ({
  id: 'c1',
  name: 'Client',
  kind,
  addressLines: [],
  contacts: [],
  language: 'fr',
  createdAt: '2020-01-01T00:00:00.000Z',
});

const invoice = (issueDate: string, dueDate: string): Invoice => ({
  id: 'i1',
  number: 'F-1',
  clientId: 'c1',
  issueDate,
  dueDate,
  amountInclVat: 120000,
  amountExclVat: 100000,
  currency: 'EUR',
  source: 'manual',
});

describe('limitationDate', () => {
  it('business: 5 years from the due date', () => {
    expect(limitationDate(invoice('2021-02-15', '2021-03-15'), client('professional'))).toBe('2026-03-15');
    // 29 February + 5 years → 28 February
    expect(limitationDate(invoice('2024-01-30', '2024-02-29'), client('professional'))).toBe('2029-02-28');
  });
  it('consumer: 2 years from the due date', () => {
    expect(limitationDate(invoice('2024-10-01', '2024-10-31'), client('consumer'))).toBe('2026-10-31');
  });
  it('public buyer: 31 December of the issue year + 4 (déchéance quadriennale)', () => {
    // issued 2025-12-20, due 2026-01-19: rights acquired in 2025 → 1 Jan 2026 + 4 years → last day 2029-12-31
    expect(limitationDate(invoice('2025-12-20', '2026-01-19'), client('public'))).toBe('2029-12-31');
    expect(limitationDate(invoice('2026-03-01', '2026-03-31'), client('public'))).toBe('2030-12-31');
  });
});

describe('limitationWarning', () => {
  const inv = invoice('2021-02-15', '2021-03-15'); // time-barred after 2026-03-15
  it('stays silent more than 90 days before', () => {
    // 2025-12-14 → 2026-03-15: 17 + 31 + 28 + 15 = 91 days
    expect(limitationWarning(inv, client('professional'), '2025-12-14')).toBeNull();
  });
  it('warns from 90 days before', () => {
    expect(limitationWarning(inv, client('professional'), '2025-12-15')).toEqual({
      date: '2026-03-15',
      daysLeft: 90,
    });
    expect(limitationWarning(inv, client('professional'), '2026-03-15')).toEqual({
      date: '2026-03-15',
      daysLeft: 0,
    });
  });
  it('says when the claim is already time-barred', () => {
    expect(limitationWarning(inv, client('professional'), '2026-03-20')).toEqual({
      date: '2026-03-15',
      daysLeft: -5,
    });
  });
  it('takes another warning window', () => {
    expect(limitationWarning(inv, client('professional'), '2025-12-14', 120)?.daysLeft).toBe(91);
    expect(
      limitationWarning(invoice('2024-10-01', '2024-10-31'), client('consumer'), '2026-10-01', 30),
    ).toEqual({
      date: '2026-10-31',
      daysLeft: 30,
    });
  });
});
