/**
 * dossier.json: the same facts as the Word documents, for the lawyer's software or a
 * later import. Amounts in cents, dates ISO; the exhibits with their SHA-256.
 */
import type { DomainError } from '../../domain/result';
import type { Claim } from './claim';
import type { Exhibit } from './exhibits';
import type { DossierInput } from './types';

export const DOSSIER_FORMAT = 'recouvre-dossier';
export const DOSSIER_VERSION = 1;

export function dossierJson(
  input: DossierInput,
  claim: Claim,
  exhibits: readonly Exhibit[],
  warnings: readonly DomainError[],
): Uint8Array {
  const { client, company } = input;
  const data = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    generatedAt: input.generatedAt.toISOString(),
    asOf: input.asOf,
    currency: 'EUR',
    amountsIn: 'cents',
    parties: {
      creditor: {
        name: company.name,
        legalForm: company.legalForm,
        siren: company.siren,
        vatNumber: company.vatNumber,
        addressLines: company.addressLines,
        signatory: { name: company.signatoryName, title: company.signatoryTitle },
      },
      debtor: {
        id: client.id,
        name: client.name,
        kind: client.kind,
        legalForm: client.legalForm ?? null,
        siren: client.siren ?? null,
        siret: client.siret ?? null,
        vatNumber: client.vatNumber ?? null,
        addressLines: client.addressLines,
        country: client.country ?? 'FR',
        contacts: client.contacts,
        insolvency: client.insolvency ?? null,
      },
    },
    claim: {
      principal: claim.principal,
      interest: claim.interest,
      indemnities: claim.indemnities,
      total: claim.total,
      onAccount: claim.onAccount,
      missingRates: input.penalties.missingRates,
      lines: claim.lines.map((l) => ({
        invoiceId: l.invoice.id,
        number: l.invoice.number,
        paid: l.paid,
        balance: l.balance,
        interest: l.interest,
        indemnity: l.indemnity,
        limitationDate: input.limitationDates[l.invoice.id] ?? null,
      })),
      penalties: input.penalties.invoices,
    },
    invoices: input.invoices.filter((i) => i.clientId === client.id),
    payments: input.payments.filter((p) => p.clientId === client.id),
    actions: input.journal.filter((e) => e.clientId === client.id),
    exhibits: exhibits.map((e) => ({
      number: e.number,
      path: e.path,
      date: e.date,
      description: e.description,
      documentId: e.document.id,
      kind: e.document.kind,
      mimeType: e.document.mimeType,
      invoiceIds: e.document.invoiceIds,
      journalId: e.document.journalId ?? null,
      size: e.size,
      sha256: e.sha256,
    })),
    warnings,
  };
  return new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
}
