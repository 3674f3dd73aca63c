/**
 * The signature block, right half of the page: name, title, company. One paragraph with
 * line breaks that may not split, kept with the closing formula before it (buildLetter
 * sets keepNext there), so a signature never sits alone at the top of a page.
 */
import { Paragraph } from 'docx';
import { mm, text } from './docxKit';

export function signatureBlock(s: { name: string; title: string; company: string }): Paragraph[] {
  const rest = [s.title, s.company].filter((l) => l.trim() !== '').join('\n');
  return [
    new Paragraph({
      indent: { left: mm(95) },
      spacing: { before: 240 },
      keepLines: true,
      children: [...text(s.name, { bold: true }), ...(rest ? text(`\n${rest}`) : [])],
    }),
  ];
}
