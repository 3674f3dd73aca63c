/**
 * File names of what the flows produce, in the client's language so the name matches the
 * letter inside: "Relance - Dupont SARL - 2026-11-27.docx".
 */
import { safeFileName } from '../../documents/dossier/fileNames';
import { labelsFor } from '../../documents/templates/labels';
import type { IsoDate, Language, TemplateKind } from '../../domain/model';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const EML_MIME = 'message/rfc822';

export function documentFileName(
  kind: TemplateKind,
  clientName: string,
  today: IsoDate,
  lang: Language,
  ext: string,
): string {
  const kinds = labelsFor(lang).kinds as Record<string, string>;
  return safeFileName(`${kinds[kind] ?? kind} - ${clientName} - ${today}.${ext}`, 120);
}
