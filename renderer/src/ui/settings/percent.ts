/**
 * Percentages typed the French way ("12,15", "2,15 %", also "2.15") to basis points
 * (12,15 % = 1215), and back. A percentage with two decimals reads exactly like an
 * amount in euros with cents, so the domain's money parser does the work (thousands
 * separators, spaces, more than two decimals refused) and its cents are our basis points.
 */
import { parseMoney } from '../../domain/money';
import type { BasisPoints, Language } from '../../domain/model';
import { err, type Result } from '../../domain/result';

export function parsePercent(text: string, options: { allowNegative?: boolean } = {}): Result<BasisPoints> {
  const cleaned = text.trim().replace(/\s*%$/, '');
  if (cleaned === '') return err('settings.percent.empty');
  const r = parseMoney(cleaned, { allowNegative: options.allowNegative ?? false });
  return r.ok ? r : err('settings.percent.invalid', { value: text });
}

/** 1215 → "12,15" (fr) / "12.15" (en): the text of an input, without the sign %. */
export function percentInput(bp: BasisPoints, lang: Language): string {
  const text = (bp / 100).toFixed(2);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
