/**
 * A small real-looking account for the action flows: one company, one client (a joinery
 * in Nantes), one invoice of 1 200,00 € due on 31 October 2026, the shipped scenarios,
 * and a Platform double that keeps what it was asked to save.
 */
import type { RecouvreDb } from '../../../../renderer/src/db/database';
import { createInvoice } from '../../../../renderer/src/db/invoices';
import { listClientJournal } from '../../../../renderer/src/db/journal';
import { listClientInvoices } from '../../../../renderer/src/db/invoices';
import { listClientPayments } from '../../../../renderer/src/db/payments';
import { listScenarios } from '../../../../renderer/src/db/scenarios';
import { getClient } from '../../../../renderer/src/db/clients';
import { DEFAULT_COMPANY_SETTINGS } from '../../../../renderer/src/domain/companySettings';
import { dueActions } from '../../../../renderer/src/domain/dunning';
import type { CompanySettings, IsoDate, ScenarioStep } from '../../../../renderer/src/domain/model';
import { DEFAULT_SCENARIOS } from '../../../../renderer/src/domain/scenarios';
import type {
  BlobToSave,
  FileToSave,
  Platform,
  SaveResult,
} from '../../../../renderer/src/platform/platform';
import type { ActionTarget } from '../../../../renderer/src/ui/actions';
import { addClient, freshDb, sequentialIds } from '../../db/helpers';

export const TODAY: IsoDate = '2026-11-27';
export const CLIENT_ID = 'client-lefevre';
export const INVOICE_ID = 'invoice-42';

export const COMPANY: CompanySettings = {
  ...DEFAULT_COMPANY_SETTINGS,
  name: 'Atelier Martin',
  legalForm: 'SARL',
  siren: '732829320',
  addressLines: ['8 RUE DU PORT', '69002 LYON'],
  city: 'Lyon',
  email: 'compta@atelier-martin.example',
  phone: '04 78 00 00 00',
  signatoryName: 'Claire Martin',
  signatoryTitle: 'Gérante',
};

export function step(id: string): ScenarioStep {
  const found = DEFAULT_SCENARIOS.flatMap((s) => s.steps).find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

export function target(stepId: string, scenarioId = 'standard'): ActionTarget {
  return { clientId: CLIENT_ID, invoiceIds: [INVOICE_ID], scenarioId, step: step(stepId) };
}

/** The client and its invoice FA-2026-0042: issued 1 Oct, due 31 Oct, 1 200,00 € incl. VAT (1 000,00 € excl.). */
export async function account(options: { language?: 'fr' | 'en' } = {}): Promise<RecouvreDb> {
  const db = freshDb({ newId: sequentialIds('id') });
  await addClient(db, {
    id: CLIENT_ID,
    createdAt: '2026-09-01T08:00:00.000Z',
    language: options.language ?? 'fr',
    contacts: [
      { name: 'Jean Lefèvre', phone: '02 40 00 00 01', role: 'Gérant' },
      {
        name: 'Service comptabilité',
        email: 'compta@menuiserie-lefevre.example',
        phone: '+33 (0)2 40 12 34 56',
        billing: true,
      },
    ],
  });
  const r = await createInvoice(db, {
    id: INVOICE_ID,
    number: 'FA-2026-0042',
    clientId: CLIENT_ID,
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    amountInclVat: 120_000,
    amountExclVat: 100_000,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return db;
}

/** The step ids the dunning engine proposes for the client on `today`, with the company's spacing and tolerance. */
export async function proposedSteps(db: RecouvreDb, today: IsoDate): Promise<string[]> {
  const client = await getClient(db, CLIENT_ID);
  if (!client) throw new Error('no client');
  const actions = dueActions({
    today,
    clients: [client],
    invoices: await listClientInvoices(db, CLIENT_ID),
    payments: await listClientPayments(db, CLIENT_ID),
    scenarios: await listScenarios(db),
    journal: await listClientJournal(db, CLIENT_ID),
    promises: [],
    disputes: [],
    plans: [],
    tolerance: COMPANY.tolerance,
    minDaysBetweenActions: COMPANY.minDaysBetweenActions,
  });
  return actions.map((a) => a.step.id);
}

/** A Platform that saves nowhere: it records each file and answers as the desktop would. */
export class RecordingPlatform implements Platform {
  readonly kind = 'browser' as const;
  readonly automaticBackups = false;
  readonly saved: FileToSave[] = [];
  readonly opened: FileToSave[] = [];
  constructor(private readonly answer: SaveResult = { status: 'saved', path: '/home/claire/Documents/x' }) {}
  saveFile(file: FileToSave): Promise<SaveResult> {
    this.saved.push({ ...file, bytes: file.bytes.slice() });
    return Promise.resolve(this.answer);
  }
  async saveBlob(file: BlobToSave): Promise<SaveResult> {
    this.saved.push({
      fileName: file.fileName,
      mimeType: file.mimeType,
      bytes: new Uint8Array(await file.blob.arrayBuffer()),
    });
    return this.answer;
  }
  saveAndOpen(file: FileToSave): Promise<SaveResult> {
    this.opened.push({ ...file, bytes: file.bytes.slice() });
    return Promise.resolve(this.answer);
  }
  openMailDraft(): Promise<void> {
    return Promise.resolve();
  }
  print(): Promise<void> {
    return Promise.resolve();
  }
  readSettings<T>(): Promise<T | undefined> {
    return Promise.resolve(undefined);
  }
  writeSettings(): Promise<void> {
    return Promise.resolve();
  }
  notify(): Promise<void> {
    return Promise.resolve();
  }
  onTick(): () => void {
    return () => undefined;
  }
  onNavigate(): () => void {
    return () => undefined;
  }
  setDueCount(): Promise<void> {
    return Promise.resolve();
  }
  writeBackup(): Promise<{ status: 'failed'; message: string }> {
    return Promise.resolve({ status: 'failed', message: 'not in tests' });
  }
  setStartAtLogin(open: boolean): Promise<boolean> {
    return Promise.resolve(open);
  }
}
