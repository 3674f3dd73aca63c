/** Letter and e-mail templates the user edits; the shipped ones are written by the documents side. */
import type { Template } from '../domain/model';
import { ok, type Result } from '../domain/result';
import type { RecouvreDb } from './database';
import { parseWith, templateSchema } from './validation';

export function listTemplates(db: RecouvreDb): Promise<Template[]> {
  return db.templates.toArray();
}

export function getTemplate(db: RecouvreDb, id: string): Promise<Template | undefined> {
  return db.templates.get(id);
}

export async function saveTemplate(db: RecouvreDb, input: unknown): Promise<Result<Template>> {
  const parsed = parseWith(templateSchema, input);
  if (!parsed.ok) return parsed;
  await db.templates.put(parsed.value);
  return ok(parsed.value);
}

/**
 * Removes the user's row: a custom template goes, an edited shipped one goes back to its
 * shipped text (the user's version is one row keyed by the shipped template's id).
 */
export function deleteTemplate(db: RecouvreDb, id: string): Promise<void> {
  return db.templates.delete(id);
}
