import { expect, test } from '@playwright/test';
import { navigateTo, openApp } from './support/app';
import { fecPath, fecPayload } from './support/fec';
import { fr } from './support/text';

// Frozen on 31 December 2026, noon in Paris: the FEC is the year's closing export.
const NOW = new Date('2026-12-31T12:00:00+01:00');

test('a big FEC shows its progress and Cancel stops it with nothing imported; a small one is then imported', async ({
  page,
}) => {
  // 600,000 lines (72 MB): the worker reads it for a few seconds, long enough to watch the
  // bar move and to click Cancel before the preview.
  const big = fecPath(600_000);
  await openApp(page, NOW);
  await page.goto('/#/settings/data');
  const fec = page.getByRole('region', { name: 'Importer un FEC' });
  await fec.getByLabel('Fichier FEC').setInputFiles(big);

  const bar = fec.getByRole('progressbar', { name: 'Progression de la lecture' });
  await expect(bar).toBeVisible();
  const linesRead = () => bar.evaluate((el) => (el as HTMLProgressElement).value);
  let first = 0;
  await expect
    .poll(async () => (first = await linesRead()), { intervals: [20], timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect.poll(linesRead, { intervals: [20], timeout: 15_000 }).toBeGreaterThan(first);
  await expect(fec.getByText(fr('lignes sur 600 000'))).toBeVisible();

  await fec.getByRole('button', { name: 'Annuler' }).click();
  await expect(fec.getByRole('alert')).toHaveText('Import annulé.');
  await expect(bar).toBeHidden();
  await expect(fec.getByRole('button', { name: 'Importer' })).toHaveCount(0);

  // Nothing was written.
  await navigateTo(page, 'Clients', 'Clients');
  await expect(page.getByRole('heading', { name: "Aucun client pour l'instant" })).toBeVisible();

  // A small FEC of the same ledger: 2,000 lines, 5 customers, all the way through.
  // (77 open invoices and 35 part payments, as deriveOpenReceivables finds them.)
  await page.goto('/#/settings/data');
  await fec.getByLabel('Fichier FEC').setInputFiles(fecPayload(2_000, { customers: 5 }));
  await expect(fec.getByText(fr('2 000 écritures · 5 clients · 77 factures ouvertes'))).toBeVisible();
  await fec.getByRole('button', { name: 'Importer' }).click();
  await expect(fec.getByText('Import terminé.')).toBeVisible();
  await expect(fec.getByText('Clients : 5 créés, 0 mis à jour')).toBeVisible();
  await expect(fec.getByText('Factures : 77 créées, 0 mises à jour')).toBeVisible();

  await navigateTo(page, 'Clients', 'Clients');
  for (const k of [0, 1, 2, 3, 4])
    await expect(page.getByText(`Client C0000${k} SARL`, { exact: true }).first()).toBeVisible();
});
