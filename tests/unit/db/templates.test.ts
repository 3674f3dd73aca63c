import { afterEach, describe, expect, it } from 'vitest';
import type { RecouvreDb } from '../../../renderer/src/db/database';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate } from '../../../renderer/src/db/templates';
import { freshDb } from './helpers';

let db: RecouvreDb;
afterEach(() => db?.close());

const CUSTOM = {
  id: 'custom-1234abcd-fr',
  name: 'Relance courtoise (copie)',
  kind: 'reminder',
  channel: 'email',
  language: 'fr',
  subject: 'Facture {{invoiceNumber}}',
  body: 'Bonjour,\n\nSauf erreur de notre part…',
} as const;

describe('templates repository', () => {
  it('deletes the user row and leaves the others', async () => {
    db = freshDb();
    expect((await saveTemplate(db, CUSTOM)).ok).toBe(true);
    expect((await saveTemplate(db, { ...CUSTOM, id: 'reminder-fr', name: 'Relance (modifiée)' })).ok).toBe(
      true,
    );
    await deleteTemplate(db, 'reminder-fr');
    expect(await getTemplate(db, 'reminder-fr')).toBeUndefined();
    expect((await listTemplates(db)).map((t) => t.id)).toEqual([CUSTOM.id]);
    // Deleting what is not there is not an error: "back to the original" twice is harmless.
    await expect(deleteTemplate(db, 'reminder-fr')).resolves.toBeUndefined();
  });
});
