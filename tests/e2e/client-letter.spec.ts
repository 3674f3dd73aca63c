import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CLIENT, createClient, createInvoice, openApp } from './support/app';

/**
 * A letter generated from the client file, outside the day's list: the formal notice for
 * an invoice due on 4 February 2026, on Tuesday 10 March 2026 (34 days late).
 */
const NOW = new Date('2026-03-10T09:00:00+01:00');

const DOCX_TEXT = `
import sys, docx
d = docx.Document(sys.argv[1])
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for row in t.rows:
        parts.extend(cell.text for cell in row.cells)
print('\\n'.join(parts))
`;

test('the formal notice generated from the client file, with its registered number', async ({ page }) => {
  await openApp(page, NOW);
  await createClient(page);
  await createInvoice(page, {
    number: 'F-2026-020',
    issue: '05/01/2026',
    due: '04/02/2026',
    incl: '2 400,00',
    excl: '2 000,00',
  });
  await page.getByRole('button', { name: CLIENT.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLIENT.name })).toBeVisible();

  await page.getByRole('button', { name: 'Générer un courrier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Générer un courrier' });
  await dialog.getByLabel('Courrier').selectOption({ label: 'Mise en demeure — LRAR' });
  await expect(dialog.getByLabel('F-2026-020')).toBeChecked();
  // A malformed registered number is refused beside its field.
  await dialog.getByLabel('Numéro du recommandé').fill('1A 123');
  await dialog.getByRole('button', { name: 'Générer le courrier' }).click();
  await expect(dialog.getByLabel('Numéro du recommandé')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Numéro du recommandé').fill('1A 123 456 7890 1');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Générer le courrier' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Courrier « Mise en demeure » généré');

  const path = join(mkdtempSync(join(tmpdir(), 'recouvre-letter-')), download.suggestedFilename());
  await download.saveAs(path);
  const text = execFileSync('/usr/bin/python3', ['-c', DOCX_TEXT, path], { encoding: 'utf8' });
  expect(text).toContain('MISE EN DEMEURE');
  expect(text).toContain('1A 123 456 7890 1');
  expect(text).toContain('F-2026-020');
  expect(text.replace(/[\u202f\u00a0]/g, ' ')).toContain('2 400,00 €');
  // 2 400,00 € × 12,15 % × 34 / 365 = 27,16 € of penalties, plus the 40 € indemnity.
  expect(text.replace(/[\u202f\u00a0]/g, ' ')).toContain('27,16 €');

  // The copy is kept: the chronology lists the document.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(download.suggestedFilename());
});
