/**
 * The app's IndexedDB database. Open it by name so every test gets a fresh one; the app
 * itself goes through the `db()` singleton.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Client,
  Dispute,
  DocumentFile,
  PaymentPlan,
  PromiseToPay,
  Scenario,
  StoredDocument,
  Template,
} from '../domain/model';
import { declareSchema, SCHEMA_STEPS, type SchemaStep } from './migrations';
import type { InvoiceRow, JournalRow, MetaEntry, PaymentRow } from './schema';
import { paymentDerivedFields } from './derived';
import { keepDunningPositions, type ClientStepsRow, type DunningPositionRow } from './dunningPositions';
import { seedDefaultScenarios } from './scenarios';

export interface DatabaseOptions {
  /** new record ids; crypto.randomUUID by default, fixed in tests */
  newId?: () => string;
  /** the instant written in createdAt / at fields */
  now?: () => Date;
  /** the schema history; tests pass an older or a future one */
  steps?: readonly SchemaStep[];
  /** write the default scenarios when the database is created (default true) */
  seedScenarios?: boolean;
}

export class RecouvreDb extends Dexie {
  clients!: EntityTable<Client, 'id'>;
  invoices!: EntityTable<InvoiceRow, 'id'>;
  payments!: EntityTable<PaymentRow, 'id'>;
  scenarios!: EntityTable<Scenario, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  journal!: EntityTable<JournalRow, 'id'>;
  promises!: EntityTable<PromiseToPay, 'id'>;
  disputes!: EntityTable<Dispute, 'id'>;
  plans!: EntityTable<PaymentPlan, 'id'>;
  documents!: EntityTable<StoredDocument, 'id'>;
  documentFiles!: EntityTable<DocumentFile, 'documentId'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  // Derived from the journal by dunningPositions.ts (schema v2); read by the snapshot only.
  dunningPositions!: EntityTable<DunningPositionRow, 'invoiceId'>;
  clientSteps!: EntityTable<ClientStepsRow, 'clientId'>;

  readonly newId: () => string;
  readonly now: () => Date;

  constructor(name: string, options: DatabaseOptions = {}) {
    super(name);
    declareSchema(this, options.steps ?? SCHEMA_STEPS);
    keepDunningPositions(this);
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.now = options.now ?? (() => new Date());
    if (options.seedScenarios ?? true) this.on('populate', (tx) => seedDefaultScenarios(tx));
    // Whoever writes a payment (a form, an importer, a backup restore), its index fields
    // follow its allocations; a row without an open flag counts as open until refreshed.
    this.payments.hook('creating', (_key, obj) => {
      Object.assign(obj, paymentDerivedFields(obj));
      obj.open ??= 1;
    });
    this.payments.hook('updating', (changes, _key, obj) => {
      const next = { ...obj, ...(changes as Partial<PaymentRow>) };
      return { ...paymentDerivedFields(next), ...keepOpenFlag(changes, 'allocations') };
    });
    this.journal.hook('creating', (_key, obj) => {
      obj.open ??= obj.invoiceIds.length > 0 ? 1 : 0;
    });
    this.journal.hook('updating', (changes) => keepOpenFlag(changes, 'invoiceIds'));
  }

  /** "now" as written in createdAt / at fields */
  nowIso(): string {
    return this.now().toISOString();
  }
}

/**
 * A put that drops the flag, or changes what the row is about, makes it count as open
 * again: reading one row too many is harmless, missing one would hide an action.
 */
function keepOpenFlag(changes: object, aboutField: string): { open: 1 } | undefined {
  const c = changes as Record<string, unknown>;
  if ('open' in c && c.open !== undefined) return undefined;
  return 'open' in c || aboutField in c ? { open: 1 } : undefined;
}

/** A database by name; Dexie opens it on first use. */
export function openDatabase(name = 'recouvre', options: DatabaseOptions = {}): RecouvreDb {
  return new RecouvreDb(name, options);
}

let appDb: RecouvreDb | undefined;

/** The app's database. */
export function db(): RecouvreDb {
  appDb ??= openDatabase();
  return appDb;
}
