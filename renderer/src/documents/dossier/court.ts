/**
 * The court line of the summary note. Which court (LEGAL.md §5, CPC 1405–1406) is decided
 * once, in the domain's `suggestCourt`, so the note and the order-for-payment data sheet
 * never disagree; this file only words it for the note.
 */
import { suggestCourt } from '../../domain/court';
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
  switch (suggestCourt(client).court) {
    case 'administrative':
      return fill(labels.note.courtPublic, { place });
    case 'tribunal-judiciaire':
      return fill(labels.note.courtJudiciaire, { place });
    case 'tribunal-de-commerce':
      return fill(labels.note.courtCommerce, { place });
  }
}
