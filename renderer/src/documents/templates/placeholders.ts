/**
 * The placeholders a letter or e-mail template may use. Names are French (the user
 * reads them in French templates) and the same in English templates, so a company can
 * translate a letter without relearning the fields.
 *
 * Descriptions live in the `letters` i18n namespace under `placeholders.<name>` so the
 * editor's help panel shows them in the UI language; a test checks every entry has one.
 */

export type PlaceholderKind =
  /** replaced by text inside a paragraph */
  | 'value'
  /** drawn as its own block (a table), between paragraphs */
  | 'block'
  /** true/false, only usable as a section: {{#client.professionnel}} … {{/client.professionnel}} */
  | 'flag';

export interface PlaceholderInfo {
  name: string;
  kind: PlaceholderKind;
  /** i18n key in the `letters` namespace */
  descriptionKey: string;
  /** what it looks like in a French letter, for the help panel */
  example: string;
}

function p(name: string, kind: PlaceholderKind, example: string): PlaceholderInfo {
  return { name, kind, descriptionKey: `placeholders.${name}`, example };
}

export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  p('client.nom', 'value', 'Dupont SARL'),
  p('client.adresse', 'value', '12 rue des Lilas\n75011 PARIS'),
  p('client.siren', 'value', '552 100 554'),
  p('client.contact', 'value', 'Mme Martin'),
  p('client.professionnel', 'flag', ''),
  p('client.particulier', 'flag', ''),
  p('entreprise.nom', 'value', 'Atelier Lumière'),
  p('entreprise.forme', 'value', 'SARL'),
  p('entreprise.siren', 'value', '732 829 320'),
  p('entreprise.tva', 'value', 'FR44732829320'),
  p('entreprise.adresse', 'value', '3 place du Marché\n69002 LYON'),
  p('entreprise.ville', 'value', 'Lyon'),
  p('entreprise.email', 'value', 'compta@atelier-lumiere.fr'),
  p('entreprise.telephone', 'value', '04 72 00 00 00'),
  p('entreprise.iban', 'value', 'FR76 3000 6000 0112 3456 7890 189'),
  p('entreprise.bic', 'value', 'AGRIFRPP'),
  p('signataire.nom', 'value', 'Claire Durand'),
  p('signataire.fonction', 'value', 'Gérante'),
  p('date.jour', 'value', '27 novembre 2026'),
  p('date.echeance_finale', 'value', '5 décembre 2026'),
  p('delai', 'value', '8'),
  p('factures.tableau', 'block', ''),
  p('factures.liste', 'value', 'n° F-2026-014 du 02/10/2026 (1 234,56 €)'),
  p('factures.nombre', 'value', '3'),
  p('factures.echeance', 'value', '1er décembre 2026'),
  p('montant.principal', 'value', '3 600,00 €'),
  p('montant.total', 'value', '3 745,12 €'),
  p('penalites.total', 'value', '25,12 €'),
  p('penalites.taux', 'value', '12,15 %'),
  p('penalites.detail', 'block', ''),
  p('penalites.dues', 'flag', ''),
  p('indemnites.total', 'value', '120,00 €'),
  p('indemnites.dues', 'flag', ''),
  p('relance.precedente.date', 'value', '12 novembre 2026'),
  p('relance.precedentes', 'value', '2 novembre 2026 et 12 novembre 2026'),
  p('lrar.numero', 'value', '1A 123 456 7890 1'),
  p('releve.tableau', 'block', ''),
  p('releve.solde', 'value', '3 600,00 €'),
];

const byName = new Map(PLACEHOLDERS.map((x) => [x.name, x]));

export function placeholderInfo(name: string): PlaceholderInfo | undefined {
  return byName.get(name);
}

/** The block placeholders a document knows how to draw. */
export type BlockName = 'factures.tableau' | 'penalites.detail' | 'releve.tableau';
