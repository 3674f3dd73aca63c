/**
 * Everything a letter says, as plain data: recipient, place and date, object, rendered
 * paragraphs, tables. The Word builder and the print preview both draw this, so the two
 * can never tell the client different things.
 */
import { formatDate } from '../../domain/dates';
import type { CompanySettings, Language, TemplateKind } from '../../domain/model';
import {
  inlineRuns,
  paragraphsOf,
  renderTemplate,
  type BodyParagraph,
  type InlineRun,
} from '../templates/engine';
import { letterContext } from '../templates/context';
import { fill, labelsFor } from '../templates/labels';
import type { BlockName } from '../templates/placeholders';
import { letterFigures, type LetterFigures } from './figures';
import type { LetterInput } from './types';

export interface LetterContent {
  kind: TemplateKind;
  lang: Language;
  company: CompanySettings;
  /** name then NF Z 10-011 address lines, as they must show in the envelope window */
  recipient: string[];
  placeDate: string;
  subject: InlineRun[];
  paragraphs: BodyParagraph[];
  figures: LetterFigures;
  /** "Pièces jointes : copie des factures n° …" for the formal notice */
  enclosures?: string;
  signature: { name: string; title: string; company: string };
  /** placeholders the template uses that do not exist (shown literally) */
  unknown: string[];
  /** placeholders without a value yet (a dotted blank in the letter) */
  missing: string[];
  malformed: string[];
}

export function placeAndDate(company: CompanySettings, today: string, lang: Language): string {
  const L = labelsFor(lang);
  const date = formatDate(today, lang);
  return company.city.trim()
    ? fill(L.doc.placeDate, { city: company.city.trim(), date })
    : fill(L.doc.dateOnly, { date });
}

export function recipientLines(input: Pick<LetterInput, 'client'>): string[] {
  return [input.client.name, ...input.client.addressLines].filter((l) => l.trim() !== '');
}

export const LETTER_BLOCKS: readonly BlockName[] = ['factures.tableau', 'penalites.detail'];

/** `blocks`: the block placeholders this document can draw; any other is reported unknown. */
export function letterContent(
  input: LetterInput,
  blocks: readonly BlockName[] = LETTER_BLOCKS,
  /** values only some documents know (the statement's balance) */
  extraValues: Record<string, string> = {},
): LetterContent {
  const L = labelsFor(input.lang);
  const figures = letterFigures(input);
  const base = letterContext(input, figures);
  const context = { ...base, values: { ...base.values, ...extraValues } };
  const subject = renderTemplate(input.template.subject, context);
  const body = renderTemplate(input.template.body, context);
  const merge = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];
  const numbers = figures.lines.map((l) => l.invoice.number);
  const paragraphs = paragraphsOf(body.segments);
  const undrawable = paragraphs.flatMap((p) =>
    p.kind === 'block' && !blocks.includes(p.name) ? [p.name] : [],
  );
  return {
    kind: input.kind,
    lang: input.lang,
    company: input.company,
    recipient: recipientLines(input),
    placeDate: placeAndDate(input.company, input.today, input.lang),
    // The object line is one line: line breaks typed in the subject become spaces.
    subject: inlineRuns(subject.segments).map((r) => ({ ...r, text: r.text.replace(/\s*\n\s*/g, ' ') })),
    paragraphs,
    figures,
    enclosures:
      input.kind === 'formal-notice' && numbers.length
        ? fill(L.doc.enclosures, { list: fill(L.doc.enclosureInvoices, { numbers: numbers.join(', ') }) })
        : undefined,
    signature: {
      name: input.company.signatoryName,
      title: input.company.signatoryTitle,
      company: input.company.name,
    },
    unknown: merge(merge(subject.unknown, body.unknown), undrawable),
    missing: merge(subject.missing, body.missing),
    malformed: merge(subject.malformed, body.malformed),
  };
}

/** What the UI shows before printing: "2 placeholders unknown, the registered number is missing". */
export function checkLetter(
  input: LetterInput,
  blocks: readonly BlockName[] = LETTER_BLOCKS,
): { unknown: string[]; missing: string[]; malformed: string[] } {
  const c = letterContent(input, blocks);
  return { unknown: c.unknown, missing: c.missing, malformed: c.malformed };
}
