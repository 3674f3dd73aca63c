/**
 * The company's letterhead, top left of the first page: logo, name, legal form and
 * SIREN, address, phone and e-mail. It stays left of the envelope window (≤ 85 mm wide)
 * so a DL envelope never shows the sender's block in place of the recipient's. It is a
 * frame anchored to the page, like the address, so its height never pushes the body.
 */
import { FrameAnchorType, FrameWrap, ImageRun, Paragraph, TextRun } from 'docx';
import type { CompanySettings, Language } from '../../domain/model';
import { fill, labelsFor } from '../templates/labels';
import { FONT, PAGE, mm } from './docxKit';
import { fitLogo, parseLogo } from './logo';

/** The identity lines under the company name, shared with the print preview. */
export function letterheadLines(company: CompanySettings, lang: Language): string[] {
  const L = labelsFor(lang);
  const identity = [company.legalForm, company.siren && fill(L.doc.siren, { siren: company.siren })]
    .filter(Boolean)
    .join(' — ');
  const contact = [company.phone && fill(L.doc.phone, { phone: company.phone }), company.email]
    .filter(Boolean)
    .join(' — ');
  return [identity, ...company.addressLines, contact].filter((l) => l.trim() !== '');
}

export const LETTERHEAD_WIDTH_MM = 85;

export function letterhead(company: CompanySettings, lang: Language): Paragraph[] {
  const frame = {
    type: 'absolute' as const,
    position: { x: mm(PAGE.leftMm), y: mm(PAGE.topMm) },
    width: mm(LETTERHEAD_WIDTH_MM),
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    wrap: FrameWrap.THROUGH,
  };
  const out: Paragraph[] = [];
  const logo = parseLogo(company.logoDataUrl);
  if (logo) {
    // 45 × 18 mm at most (96 px to the inch)
    const size = fitLogo(logo, 170, 68);
    out.push(
      new Paragraph({
        frame,
        spacing: { after: 80 },
        children: [new ImageRun({ type: logo.type, data: logo.bytes, transformation: size })],
      }),
    );
  }
  out.push(
    new Paragraph({
      frame,
      spacing: { after: 40 },
      children: [new TextRun({ text: company.name, bold: true, size: 26, font: FONT })],
    }),
  );
  for (const line of letterheadLines(company, lang))
    out.push(new Paragraph({ frame, children: [new TextRun({ text: line, size: 16, font: FONT })] }));
  return out;
}
