/**
 * Which court a request for an order for payment goes to (LEGAL.md §5): the president of
 * the commercial court for a debt between professionals, the civil court (tribunal
 * judiciaire) otherwise, in both cases where the debtor lives or has its registered office
 * (CPC 1406). Only a suggestion: the note says the lawyer checks it.
 */
import type { Client } from '../../domain/model';
import { fill, type DossierLabels } from './labels';

/** "75011 PARIS" from the last address line, the place that decides the court's district. */
export function debtorPlace(client: Client): string | null {
  const last = [...client.addressLines].reverse().find((l) => l.trim() !== '');
  return last ? last.trim() : null;
}

export function suggestedCourt(client: Client, labels: DossierLabels): string {
  const place = debtorPlace(client) ?? labels.note.unknownPlace;
  if (client.insolvency) return labels.note.courtInsolvency;
  if (client.kind === 'consumer') return fill(labels.note.courtJudiciaire, { place });
  if (client.kind === 'public') return fill(labels.note.courtPublic, { place });
  return fill(labels.note.courtCommerce, { place });
}
