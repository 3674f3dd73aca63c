import { expect, test, type Page } from '@playwright/test';
import { shot } from './support/shots';

// Frozen on 31 March 2026, noon in Paris (half-year 2026-H1, whose rates ship with the app).
const NOW = new Date('2026-03-31T12:00:00+02:00');

async function openSettings(page: Page, section: string) {
  await page.clock.setFixedTime(NOW);
  await page.goto(`/#/settings/${section}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
}

test('company identity: a wrong SIREN is refused beside its field, the right one is saved and kept', async ({
  page,
}) => {
  await openSettings(page, 'company');
  await expect(page.getByRole('tab', { name: 'Entreprise' })).toHaveAttribute('aria-selected', 'true');

  await page.getByLabel('Raison sociale').fill('Atelier Lumière');
  await page.getByLabel('Forme juridique').fill('SARL');
  // 732 829 321: the last digit breaks the Luhn key.
  await page.getByLabel('SIREN', { exact: true }).fill('732 829 321');
  await page.getByLabel('Adresse (numéro et voie)').fill('3 place du Marché');
  await page.getByLabel('Code postal et VILLE').fill('69002 LYON');
  await page.getByLabel('IBAN').fill('FR7630006000011234567890189');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Numéro SIREN invalide : « 732 829 321 »')).toBeVisible();
  await expect(page.getByLabel('SIREN', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText("Rien n'a été enregistré")).toBeVisible();
  await shot(page, 'settings-company-error');

  // Nothing was stored: a reload shows the empty form.
  await page.reload();
  await expect(page.getByLabel('Raison sociale')).toHaveValue('');

  await page.getByLabel('Raison sociale').fill('Atelier Lumière');
  await page.getByLabel('SIREN', { exact: true }).fill('732 829 320');
  // The VAT number is offered from the SIREN: FR + (12 + 3 × (732829320 mod 97)) mod 97 + SIREN = FR44732829320.
  await page.getByRole('button', { name: 'Calculer depuis le SIREN : FR44732829320' }).click();
  await expect(page.getByLabel('N° de TVA intracommunautaire')).toHaveValue('FR44732829320');
  await page.getByLabel('Adresse (numéro et voie)').fill('3 place du Marché');
  await page.getByLabel('Code postal et VILLE').fill('69002 LYON');
  await page.getByLabel('IBAN').fill('FR7630006000011234567890189');
  await page.getByLabel('IBAN').blur();
  // Grouped by four as a bank prints it.
  await expect(page.getByLabel('IBAN')).toHaveValue('FR76 3000 6000 0112 3456 7890 189');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').getByText('Enregistré', { exact: true })).toBeVisible();
  await shot(page, 'settings-company-saved');

  await page.reload();
  await expect(page.getByLabel('Raison sociale')).toHaveValue('Atelier Lumière');
  await expect(page.getByLabel('SIREN', { exact: true })).toHaveValue('732829320');
  await expect(page.getByLabel('IBAN')).toHaveValue('FR76 3000 6000 0112 3456 7890 189');
});

test('terms and penalties: buckets checked, a contractual rate below the legal floor warned, English chosen', async ({
  page,
}) => {
  await openSettings(page, 'policy');
  await expect(page.getByRole('tab', { name: 'Conditions et pénalités' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  // 2026-H1: taux légal "autres cas" 2,62 % → floor 3 × 2,62 = 7,86 %.
  await page.getByLabel('Taux de pénalités contractuel (%)').fill('5');
  await expect(page.getByText(/inférieur au minimum légal du semestre 2026-H1.*7,86/)).toBeVisible();
  await page.getByLabel('Taux de pénalités contractuel (%)').fill('');

  await page.getByLabel('Tranches de la balance âgée (jours)').fill('30, 20');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/Les limites des tranches doivent être croissantes/)).toBeVisible();
  await page.getByLabel('Tranches de la balance âgée (jours)').fill('30, 60, 90, 120');
  await page.getByLabel('Délai laissé par la mise en demeure').selectOption('15');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').getByText('Enregistré', { exact: true })).toBeVisible();
  await shot(page, 'settings-policy');

  await page.getByLabel("Langue de l'application").selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Terms and penalties' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Aging buckets (days)')).toHaveValue('30, 60, 90, 120');
  await expect(page.getByLabel('Deadline given by the formal notice')).toHaveValue('15');
});

test('dunning plan: a step added, moved up with the keyboard, saved and still there after a reload', async ({
  page,
}) => {
  await openSettings(page, 'scenarios');
  await expect(page.getByLabel('Nom du plan')).toHaveValue('Standard');
  await expect(page.getByLabel("Délai en jours de l'étape 6")).toHaveValue('45');

  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
  await page.getByLabel("Délai en jours de l'étape 7").fill('40');
  await page.getByLabel("Type de l'étape 7").selectOption({ label: 'Appel téléphonique' });
  // 40 days after a step at 45: out of order, the save waits.
  await expect(
    page.getByText(/Étape 7 : son délai \(40 jours\) précède celui de l'étape précédente \(45 jours\)/),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();

  await page.getByRole('button', { name: "Monter l'étape 7" }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel("Délai en jours de l'étape 6")).toHaveValue('40');
  await expect(page.getByLabel("Type de l'étape 6")).toHaveValue('call');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot(page, 'settings-scenarios');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').getByText('Enregistré', { exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Délai en jours de l'étape 6")).toHaveValue('40');
  await expect(page.getByLabel("Type de l'étape 6")).toHaveValue('call');
  await expect(page.getByLabel("Délai en jours de l'étape 7")).toHaveValue('45');
});

test('dunning plan: ticking "Plan par défaut" on another plan moves the default there when saved', async ({
  page,
}) => {
  await openSettings(page, 'scenarios');
  const isDefault = page.getByRole('checkbox', { name: 'Plan par défaut' });
  // The default cannot be unticked where it is: it moves by ticking another plan.
  await expect(page.getByLabel('Nom du plan')).toHaveValue('Standard');
  await expect(isDefault).toBeChecked();
  await expect(isDefault).toBeDisabled();

  await page.getByRole('button', { name: /^Client stratégique/ }).click();
  await expect(page.getByLabel('Nom du plan')).toHaveValue('Client stratégique');
  await expect(isDefault).not.toBeChecked();
  await isDefault.check();
  await expect(
    page.getByText("À l'enregistrement, ce plan remplacera « Standard » comme plan par défaut."),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').getByText('Enregistré', { exact: true })).toBeVisible();
  await expect(isDefault).toBeDisabled();

  // One default only, and it is still there after a reload.
  await page.reload();
  const list = page.getByRole('navigation', { name: 'Plans de relance' });
  await expect(list.getByText('par défaut')).toHaveCount(1);
  await expect(list.getByRole('button', { name: /Client stratégique/ })).toContainText('par défaut');
  await list.getByRole('button', { name: /^Standard/ }).click();
  await expect(page.getByLabel('Nom du plan')).toHaveValue('Standard');
  await expect(isDefault).not.toBeChecked();
  await expect(isDefault).toBeEnabled();
});

test('template: an unknown placeholder is refused, the fixed one fills the preview', async ({ page }) => {
  await openSettings(page, 'templates');
  const body = page.getByLabel('Texte', { exact: true });
  await expect(body).toHaveValue(/^Madame, Monsieur,/);
  const original = await body.inputValue();

  await body.fill(`Cher client {{client.nmo}}, bonjour.\n\n${original}`);
  await expect(page.getByText("{{client.nmo}} n'existe pas")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();

  await body.fill(`Cher client {{client.nom}}, bonjour.\n\n${original}`);
  await expect(page.getByText("n'existe pas")).toHaveCount(0);
  // An empty database: the preview uses the sample client.
  const preview = page.frameLocator('iframe[title="Aperçu du courrier"]');
  await expect(preview.getByText('Cher client Dupont SARL, bonjour.')).toBeVisible();

  // A field of the catalogue goes where the cursor is.
  await body.focus();
  await page.keyboard.press('Control+End');
  await page.getByRole('button', { name: '{{signataire.nom}}' }).click();
  await expect(body).toHaveValue(/\{\{signataire\.nom\}\}$/);
  await shot(page, 'settings-templates');

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status').getByText('Enregistré', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Texte', { exact: true })).toHaveValue(
    /^Cher client \{\{client\.nom\}\}, bonjour\./,
  );

  await page.getByRole('button', { name: "Rétablir le modèle d'origine" }).click();
  await page.getByRole('dialog').getByRole('button', { name: "Rétablir le modèle d'origine" }).click();
  await expect(page.getByLabel('Texte', { exact: true })).toHaveValue(original);
});

test('rates: the missing half-year is asked for, typed in French decimals, and kept', async ({ page }) => {
  // 15 July 2026: 2026-H2 is not shipped.
  await page.clock.setFixedTime(new Date('2026-07-15T10:00:00+02:00'));
  await page.goto('/#/settings/rates');
  await expect(page.getByText('Les taux du semestre 2026-H2 ne sont pas encore saisis')).toBeVisible();
  await page.getByRole('button', { name: 'Saisir les taux de 2026-H2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter un semestre' });
  await expect(dialog.getByLabel('Semestre')).toHaveValue('2026-H2');
  await dialog.getByLabel('Taux BCE (%)').fill('2,1x');
  await dialog.getByLabel('Taux légal, créancier particulier (%)').fill('6,70');
  await dialog.getByLabel('Taux légal, autres cas (%)').fill('2,50');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText('Taux invalide : « 2,1x »')).toBeVisible();
  await dialog.getByLabel('Taux BCE (%)').fill('2,15');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();

  // ECB 2,15 % + 10 points = 12,15 % of penalties.
  const row = page.getByRole('row', { name: /2026-H2/ });
  await expect(row).toContainText('2,15');
  await expect(row).toContainText('12,15');
  await expect(row).toContainText('ajouté');
  await expect(page.getByText('ne sont pas encore saisis')).toHaveCount(0);
  await shot(page, 'settings-rates');

  await page.reload();
  await expect(page.getByRole('row', { name: /2026-H2/ })).toContainText('6,70');
});
