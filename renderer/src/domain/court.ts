/**
 * Which court an order-for-payment request ("requête en injonction de payer") goes to,
 * from the debtor's kind and address (LEGAL.md §5). A suggestion for the user to check,
 * never a legal opinion: the Cerfa numbers come from secondary sources and their
 * versions are not verified, so the result says so.
 *
 * - a professional debtor (commercial debt between professionals): the president of the
 *   tribunal de commerce, Cerfa 12946, online filing possible (Tribunal Digital);
 * - otherwise (a consumer): the tribunal judiciaire, Cerfa 12948, on paper;
 * - territory: where the debtor has its registered office or lives (CPC 1406), read from
 *   the last address line "75011 PARIS" (a CEDEX suffix is not a town);
 * - a civil company (SCI, SCP, SEL…) or an association is not a trader: tribunal judiciaire;
 * - a public body cannot be the target of an injonction de payer; a foreign debtor calls
 *   for the European order for payment; a debtor in a collective procedure cannot be sued.
 */
import type { Client } from './model';
import { domainError, type DomainError } from './result';

export type CourtKind = 'tribunal-de-commerce' | 'tribunal-judiciaire' | 'administrative';

export interface CourtSuggestion {
  court: CourtKind;
  /** Cerfa form number, null when no form applies */
  cerfa: '12946' | '12948' | null;
  /** always false: the form versions are UNVERIFIED (LEGAL.md §5) — the sheet says "version à vérifier" */
  cerfaVersionVerified: false;
  onlineFiling: boolean;
  /** from the debtor's address; null when the last line is not "postcode TOWN" */
  postcode: string | null;
  city: string | null;
  warnings: DomainError[];
}

/** "75011 PARIS" → { postcode '75011', city 'PARIS' }; "69003 LYON CEDEX 03" → LYON. */
export function postcodeAndCity(addressLines: readonly string[]): { postcode: string; city: string } | null {
  for (let i = addressLines.length - 1; i >= 0; i--) {
    const m = /^\s*(\d{5})\s+(.+?)\s*$/.exec(addressLines[i] ?? '');
    if (m) {
      const city = m[2]!.replace(/\s+CEDEX(\s+\d+)?$/i, '').trim();
      return { postcode: m[1]!, city };
    }
  }
  return null;
}

const CIVIL_FORMS = /^(SCI|SCP|SCM|SCEA|GAEC|GFA|SELARL|SELAS|SELAFA|SELCA|ASSOCIATION)\b/i;

export function suggestCourt(debtor: Client): CourtSuggestion {
  const place = postcodeAndCity(debtor.addressLines);
  const warnings: DomainError[] = [];
  const foreign = debtor.country !== undefined && debtor.country.toUpperCase() !== 'FR';
  if (foreign) warnings.push(domainError('court.foreignDebtor', { country: debtor.country ?? '' }));
  if (debtor.insolvency) warnings.push(domainError('court.insolvency', { procedure: debtor.insolvency }));
  if (!place && !foreign) warnings.push(domainError('court.addressWithoutPostcode'));
  const base = {
    cerfaVersionVerified: false as const,
    postcode: place?.postcode ?? null,
    city: place?.city ?? null,
    warnings,
  };
  if (debtor.kind === 'public') {
    warnings.push(domainError('court.publicDebtor'));
    return { ...base, court: 'administrative', cerfa: null, onlineFiling: false };
  }
  // Civil companies and liberal professions are not traders: their debts go to the tribunal judiciaire.
  if (debtor.kind === 'professional' && debtor.legalForm && CIVIL_FORMS.test(debtor.legalForm.trim())) {
    warnings.push(domainError('court.civilDebtor', { legalForm: debtor.legalForm }));
    return { ...base, court: 'tribunal-judiciaire', cerfa: '12948', onlineFiling: false };
  }
  if (debtor.kind === 'professional') {
    return { ...base, court: 'tribunal-de-commerce', cerfa: '12946', onlineFiling: true };
  }
  return { ...base, court: 'tribunal-judiciaire', cerfa: '12948', onlineFiling: false };
}
