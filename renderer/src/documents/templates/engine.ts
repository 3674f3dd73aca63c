/**
 * The template engine: a user-edited text with {{placeholders}} becomes a list of
 * segments the Word builder, the print preview and the e-mail helper all draw the same
 * way. Pure: no DOM, no docx, no i18n.
 *
 * Syntax
 *   {{client.nom}}                      a value
 *   {{factures.tableau}}                a block (the invoice table), drawn between paragraphs
 *   {{#client.professionnel}}…{{/client.professionnel}}   kept only when the flag is true
 *                                       (or the value is known); {{^x}}…{{/x}} the reverse
 *
 * A letter must never go out with a hole in it: a name that is not a placeholder is
 * reported in `unknown` and drawn literally ("{{client.nom2}}"), a placeholder whose value
 * is not known yet (no registered number) is reported in `missing` and drawn as a blank to
 * fill by hand. The caller decides whether to warn or refuse.
 */
import { placeholderInfo, type BlockName } from './placeholders';

export type Segment =
  | { kind: 'text'; text: string }
  /** known placeholder without a value yet */
  | { kind: 'missing'; name: string }
  /** not a placeholder: shown as typed, so the user sees the mistake */
  | { kind: 'unknown'; name: string }
  | { kind: 'block'; name: BlockName };

export interface TemplateContext {
  /** value placeholders; null / undefined / '' = not known yet */
  values: Readonly<Record<string, string | null | undefined>>;
  flags?: Readonly<Record<string, boolean>>;
}

export interface RenderedTemplate {
  segments: Segment[];
  /** names used that are not placeholders, in order of first use */
  unknown: string[];
  /** placeholders used whose value is not known */
  missing: string[];
  /** unbalanced section tags, e.g. "{{/client.particulier}}" */
  malformed: string[];
}

const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;

interface Tag {
  start: number;
  end: number;
  sigil: '' | '#' | '^' | '/';
  name: string;
}

function tagsOf(text: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of text.matchAll(TAG)) {
    tags.push({
      start: m.index,
      end: m.index + m[0].length,
      sigil: (m[1] ?? '') as Tag['sigil'],
      name: m[2] ?? '',
    });
  }
  return tags;
}

export function renderTemplate(text: string, context: TemplateContext): RenderedTemplate {
  const out: RenderedTemplate = { segments: [], unknown: [], missing: [], malformed: [] };
  const note = (list: string[], name: string): void => {
    if (!list.includes(name)) list.push(name);
  };
  const tags = tagsOf(text);
  // Sections: a stack of open tags; content is skipped while any enclosing section is off.
  const open: { name: string; visible: boolean }[] = [];
  const visible = (): boolean => open.every((s) => s.visible);
  let pos = 0;
  const pushText = (t: string): void => {
    if (t === '' || !visible()) return;
    const last = out.segments[out.segments.length - 1];
    if (last?.kind === 'text') last.text += t;
    else out.segments.push({ kind: 'text', text: t });
  };

  for (const tag of tags) {
    pushText(text.slice(pos, tag.start));
    pos = tag.end;
    const raw = text.slice(tag.start, tag.end);
    if (tag.sigil === '#' || tag.sigil === '^') {
      const on = sectionValue(tag.name, context, out, note, visible());
      open.push({ name: tag.name, visible: tag.sigil === '#' ? on : !on });
      continue;
    }
    if (tag.sigil === '/') {
      const top = open[open.length - 1];
      if (top && top.name === tag.name) open.pop();
      else note(out.malformed, raw);
      continue;
    }
    if (!visible()) continue;
    const info = placeholderInfo(tag.name);
    if (!info || info.kind === 'flag') {
      note(out.unknown, tag.name);
      out.segments.push({ kind: 'unknown', name: tag.name });
      continue;
    }
    if (info.kind === 'block') {
      out.segments.push({ kind: 'block', name: info.name as BlockName });
      continue;
    }
    const value = context.values[tag.name];
    if (value === undefined || value === null || value === '') {
      note(out.missing, tag.name);
      out.segments.push({ kind: 'missing', name: tag.name });
    } else {
      pushText(value);
    }
  }
  pushText(text.slice(pos));
  for (const s of open) note(out.malformed, `{{#${s.name}}}`);
  return out;
}

/** Whether a section shows: a flag's value, or "this value is known". */
function sectionValue(
  name: string,
  context: TemplateContext,
  out: RenderedTemplate,
  note: (list: string[], name: string) => void,
  report: boolean,
): boolean {
  const info = placeholderInfo(name);
  if (!info || info.kind === 'block') {
    if (report) note(out.unknown, name);
    return false;
  }
  if (info.kind === 'flag') return context.flags?.[name] === true;
  const v = context.values[name];
  return v !== undefined && v !== null && v !== '';
}

/** A paragraph of a rendered body: runs of text (with line breaks) or a block on its own. */
export type BodyParagraph = { kind: 'text'; runs: Segment[] } | { kind: 'block'; name: BlockName };

/**
 * Splits segments into paragraphs: a blank line separates paragraphs, a single line break
 * stays inside one (an address), a block always stands alone.
 */
export function paragraphsOf(segments: readonly Segment[]): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  let current: Segment[] = [];
  const flush = (): void => {
    // Trim the line breaks left at the edges by the split.
    const runs = current.filter((s) => s.kind !== 'text' || s.text !== '');
    const first = runs[0];
    if (first?.kind === 'text') runs[0] = { kind: 'text', text: first.text.replace(/^\s*\n/, '') };
    const last = runs[runs.length - 1];
    if (last?.kind === 'text')
      runs[runs.length - 1] = { kind: 'text', text: last.text.replace(/\n\s*$/, '') };
    const meaningful = runs.some((s) => s.kind !== 'text' || s.text.trim() !== '');
    if (meaningful) paragraphs.push({ kind: 'text', runs });
    current = [];
  };
  for (const s of segments) {
    if (s.kind === 'block') {
      flush();
      paragraphs.push({ kind: 'block', name: s.name });
      continue;
    }
    if (s.kind !== 'text') {
      current.push(s);
      continue;
    }
    const pieces = s.text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n\s*/);
    pieces.forEach((piece, i) => {
      if (i > 0) flush();
      current.push({ kind: 'text', text: piece });
    });
  }
  flush();
  return paragraphs;
}

/** The body as plain text (e-mails): missing values as "[…]", unknown names as typed. */
export function segmentsToPlainText(
  segments: readonly Segment[],
  blockText: (name: BlockName) => string,
): string {
  return segments
    .map((s) => {
      switch (s.kind) {
        case 'text':
          return s.text;
        case 'missing':
          return '[…]';
        case 'unknown':
          return `{{${s.name}}}`;
        case 'block':
          return blockText(s.name);
      }
    })
    .join('');
}

export interface InlineRun {
  text: string;
  bold: boolean;
  state: 'text' | 'missing' | 'unknown';
  /** the placeholder's name for 'missing' and 'unknown' runs */
  name?: string;
}

/**
 * The runs of one paragraph with **bold** markers resolved across placeholders
 * ("**{{montant.total}}**" is bold too). An odd number of markers is a typing slip: the
 * stars are then kept as typed rather than bolding the rest of the letter.
 */
export function inlineRuns(runs: readonly Segment[]): InlineRun[] {
  const markers = runs.reduce((n, s) => n + (s.kind === 'text' ? s.text.split('**').length - 1 : 0), 0);
  const honour = markers % 2 === 0;
  const out: InlineRun[] = [];
  let bold = false;
  for (const s of runs) {
    if (s.kind === 'text') {
      const parts = honour ? s.text.split('**') : [s.text];
      parts.forEach((t, i) => {
        if (i > 0) bold = !bold;
        if (t !== '') out.push({ text: t, bold, state: 'text' });
      });
    } else if (s.kind === 'missing') {
      out.push({ text: '', bold, state: 'missing', name: s.name });
    } else if (s.kind === 'unknown') {
      out.push({ text: `{{${s.name}}}`, bold, state: 'unknown', name: s.name });
    }
  }
  return out;
}
