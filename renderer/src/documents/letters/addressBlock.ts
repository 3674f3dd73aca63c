/**
 * The recipient's address in a frame anchored to the page at the envelope window
 * (settings.envelope, mm from the page's top-left corner): folded in three, the letter
 * shows it through a DL window envelope. NF Z 10-011: at most 6 lines, left-aligned,
 * no blank line; the lines come as the user stored them (validated on entry).
 */
import { FrameAnchorType, FrameWrap, Paragraph } from 'docx';
import type { EnvelopeWindow } from '../../domain/model';
import { FONT, mm } from './docxKit';
import { TextRun } from 'docx';

/** A 4 mm inner margin keeps the text clear of the window's edge. */
export const WINDOW_PADDING_MM = 4;

export function addressBlock(lines: string[], envelope: EnvelopeWindow): Paragraph[] {
  const pad = WINDOW_PADDING_MM;
  const frame = {
    type: 'absolute' as const,
    position: { x: mm(envelope.leftMm + pad), y: mm(envelope.topMm + pad) },
    width: mm(Math.max(20, envelope.widthMm - 2 * pad)),
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    // The frame floats over the page; a spacer (buildLetter) keeps the body under the window.
    wrap: FrameWrap.THROUGH,
  };
  // Consecutive paragraphs with the same frame form one frame in Word and LibreOffice.
  return lines.slice(0, 6).map(
    (line, i) =>
      new Paragraph({
        frame,
        spacing: { after: 0, line: 240 },
        children: [new TextRun({ text: line, font: FONT, size: 21, bold: i === 0 })],
      }),
  );
}

/** Where the body may start: under the window, whatever the letterhead's height. */
export function bodyTopMm(envelope: EnvelopeWindow): number {
  return envelope.topMm + envelope.heightMm + 6;
}
