/**
 * The same letter as the .docx, as HTML for the print preview (the UI shows it, then
 * calls window.print). Built from the same LetterContent and table models, so preview
 * and Word file say the same thing. Every piece of data is escaped: a client called
 * `Dupont <&> "Fils"` prints as typed, and no data can inject markup. The result holds
 * no script and no external resource (the logo is the settings' data: URL, checked).
 */
import { inlineRuns as inlineRunsFrom, type InlineRun } from '../templates/engine';
import { labelsFor } from '../templates/labels';
import { letterContent, type LetterContent } from '../letters/content';
import { claimSummary, invoiceTableModel } from '../letters/invoiceTable';
import { letterheadLines } from '../letters/letterhead';
import { penaltyBasisNotes, penaltyDetailModel } from '../letters/penaltyDetail';
import { PAGE } from '../letters/docxKit';
import { bodyTopMm, WINDOW_PADDING_MM } from '../letters/addressBlock';
import { legalLine } from '../letters/buildLetter';
import type { SummaryModel, TableModel } from '../letters/tableModel';
import type { LetterInput } from '../letters/types';
import { escapeHtml, escapeLines } from './escape';
import { parseLogo } from '../letters/logo';

function runsHtml(runs: readonly InlineRun[], blank: string): string {
  return runs
    .map((r) => {
      const inner =
        r.state === 'missing'
          ? `<span class="missing">${escapeHtml(blank)}</span>`
          : r.state === 'unknown'
            ? `<mark class="unknown">${escapeHtml(r.text)}</mark>`
            : escapeLines(r.text);
      return r.bold ? `<strong>${inner}</strong>` : inner;
    })
    .join('');
}

export function tableHtml(model: TableModel, className = 'grid'): string {
  const col = model.columns.map((c) => `<col style="width:${c.widthMm}mm">`).join('');
  const head = model.columns.some((c) => c.label)
    ? `<thead><tr>${model.columns.map((c) => `<th>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`
    : '';
  const row = (cells: string[], tag: 'td' | 'th'): string =>
    `<tr>${model.columns.map((c, i) => `<${tag} class="${c.align}">${escapeLines(cells[i] ?? '')}</${tag}>`).join('')}</tr>`;
  const body = model.rows.map((r) => row(r, 'td')).join('');
  const foot = model.totals.length ? `<tfoot>${model.totals.map((r) => row(r, 'th')).join('')}</tfoot>` : '';
  return `<table class="${className}"><colgroup>${col}</colgroup>${head}<tbody>${body}</tbody>${foot}</table>`;
}

function summaryHtml(s: SummaryModel): string {
  if (!s.lines.length) return '';
  const rows = s.lines
    .map((l, i) => {
      const tag = i === s.lines.length - 1 ? 'th' : 'td';
      return `<tr><${tag}>${escapeHtml(l.label)}</${tag}><${tag} class="right">${escapeHtml(l.amount)}</${tag}></tr>`;
    })
    .join('');
  return `<table class="summary">${rows}</table>${s.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}`;
}

export function letterContentHtml(
  content: LetterContent,
  extraBlocks: Record<string, () => string> = {},
): string {
  const L = labelsFor(content.lang);
  const c = content.company;
  const env = c.envelope;
  const logo = parseLogo(c.logoDataUrl);
  const logoHtml =
    logo && c.logoDataUrl ? `<img class="logo" alt="" src="${escapeHtml(c.logoDataUrl)}">` : '';
  const blocks: Record<string, () => string> = {
    'factures.tableau': () =>
      tableHtml(invoiceTableModel(content.figures, content.lang)) +
      summaryHtml(claimSummary(content.figures, content.lang)),
    'penalites.detail': () => {
      const model = penaltyDetailModel(content.figures, content.lang);
      if (!model.rows.length) return '';
      return `<h3>${escapeHtml(L.penaltyDetail.title)}</h3>${tableHtml(model)}${penaltyBasisNotes(
        content.figures,
        content.lang,
      )
        .map((n) => `<p class="note">${escapeHtml(n)}</p>`)
        .join('')}`;
    },
    ...extraBlocks,
  };
  const body = content.paragraphs
    .map((p) => {
      if (p.kind === 'block') {
        const draw = blocks[p.name];
        return draw ? draw() : `<p><mark class="unknown">${escapeHtml(`{{${p.name}}}`)}</mark></p>`;
      }
      return `<p>${runsHtml(inlineRunsFrom(p.runs), L.doc.missingBlank)}</p>`;
    })
    .join('\n');
  const sig = content.signature;
  return `<section class="letter" lang="${content.lang}">
<div class="letterhead" style="left:${PAGE.leftMm}mm;top:${PAGE.topMm}mm">${logoHtml}<div class="company">${escapeHtml(c.name)}</div>${letterheadLines(
    c,
    content.lang,
  )
    .map((l) => `<div>${escapeHtml(l)}</div>`)
    .join('')}</div>
<div class="address" style="left:${env.leftMm + WINDOW_PADDING_MM}mm;top:${env.topMm + WINDOW_PADDING_MM}mm;width:${env.widthMm - 2 * WINDOW_PADDING_MM}mm">${content.recipient
    .map((l, i) => (i === 0 ? `<strong>${escapeHtml(l)}</strong>` : escapeHtml(l)))
    .join('<br>')}</div>
<div class="body" style="padding-top:${bodyTopMm(env) - PAGE.topMm}mm">
<p class="place-date">${escapeHtml(content.placeDate)}</p>
<p class="object"><strong>${escapeHtml(L.doc.objectLabel)} ${runsHtml(content.subject, L.doc.missingBlank)}</strong></p>
${body}
<p class="signature"><strong>${escapeHtml(sig.name)}</strong>${[sig.title, sig.company]
    .filter((x) => x.trim())
    .map((x) => `<br>${escapeHtml(x)}`)
    .join('')}</p>
${content.enclosures ? `<p class="enclosures">${escapeHtml(content.enclosures)}</p>` : ''}
</div>
<footer>${escapeHtml(legalLine(content))}</footer>
</section>`;
}

export const LETTER_CSS = `
@page { size: A4; margin: 0; }
.letters { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10pt; color: #000; }
.letter { position: relative; width: 210mm; min-height: 297mm; box-sizing: border-box;
  padding: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm; break-after: page; page-break-after: always; }
.letter:last-child { break-after: auto; page-break-after: auto; }
.letterhead { position: absolute; width: 85mm; font-size: 8pt; }
.letterhead .company { font-size: 13pt; font-weight: bold; margin-bottom: 1mm; }
.letterhead .logo { max-width: 45mm; max-height: 18mm; display: block; margin-bottom: 1mm; }
.address { position: absolute; font-size: 10.5pt; line-height: 1.2; }
.letter p.place-date { text-align: right; }
.body p { text-align: justify; margin: 0 0 2.5mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 2mm 0; }
table.grid th, table.grid td, table.summary th, table.summary td { border: 0.2mm solid #999; padding: 0.6mm 1.2mm; font-size: 8.5pt; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid th, table.summary th { background: #e8ecf2; }
table.summary { width: 120mm; margin-left: auto; }
.right { text-align: right; } .center { text-align: center; } .left { text-align: left; }
.note { font-style: italic; font-size: 8.5pt; }
.signature { margin: 8mm 0 0 95mm !important; text-align: left !important; break-inside: avoid; }
.enclosures { font-style: italic; font-size: 9pt; margin-top: 8mm !important; }
.missing { letter-spacing: 0.5mm; }
mark.unknown { background: #ff0; }
footer { position: absolute; bottom: 8mm; left: ${PAGE.leftMm}mm; right: ${PAGE.rightMm}mm; text-align: center; font-size: 7pt; color: #555; }
`;

/** One letter as a full HTML document. */
export function letterHtml(input: LetterInput): string {
  return letterBatchHtml([input]);
}

/** Several letters one after another, each starting on a new page, for one window.print(). */
export function letterBatchHtml(inputs: readonly LetterInput[]): string {
  const lang = inputs[0]?.lang ?? 'fr';
  const letters = inputs.map((i) => letterContentHtml(letterContent(i))).join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(inputs.map((i) => i.client.name).join(', '))}</title>
<style>${LETTER_CSS}</style></head>
<body class="letters">
${letters}
</body></html>`;
}
