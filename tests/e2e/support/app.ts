import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What several end-to-end tests do the same way: open the app on a frozen clock with a
 * company identity, type a client and invoices through the forms, go to Aujourd'hui.
 */

/** The company identity the letters print (Paramètres → Entreprise, kept by the web platform in localStorage). */
export const COMPANY = {
  name: 'Atelier Lumière',
  legalForm: 'SARL',
  siren: '732829320',
  addressLines: ['3 place du Marché', '69002 LYON'],
  city: 'Lyon',
  email: 'compta@atelier-lumiere.fr',
  phone: '04 72 00 00 00',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPP',
  signatoryName: 'Claire Durand',
  signatoryTitle: 'Gérante',
};

export interface ClientData {
  name: string;
  street: string;
  city: string;
  contact: string;
  email: string;
  phone: string;
}

/** What the client form asks, as typed; a field left out stays as the form offers it. */
export interface ClientFields extends Omit<ClientData, 'phone'> {
  /** the option's label, e.g. 'Particulier' */
  kind?: string;
  siren?: string;
  phone?: string;
}

export const CLIENT: ClientData = {
  name: 'Garage Martin SARL',
  street: '12 rue des Lilas',
  city: '75011 PARIS',
  contact: 'Marie Martin',
  email: 'compta@garage-martin.fr',
  phone: '01 23 45 67 89',
};

export interface InvoiceData {
  number: string;
  issue: string;
  due: string;
  incl: string;
  excl: string;
}

/** An invoice as typed; without a due date the form's own (from the payment terms) stays. */
export type InvoiceFields = Omit<InvoiceData, 'due'> & { due?: string };

/** Follows a link of the main navigation and waits for the screen's title. */
export async function navigateTo(page: Page, link: string | RegExp, heading: string) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: link })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

export async function fillClientForm(form: Locator, client: ClientFields) {
  await form.getByLabel('Raison sociale ou nom').fill(client.name);
  if (client.kind) await form.getByLabel('Type de client').selectOption({ label: client.kind });
  if (client.siren) await form.getByLabel('SIREN', { exact: true }).fill(client.siren);
  await form.getByLabel('Ligne 4 : numéro et libellé de la voie').fill(client.street);
  await form.getByLabel('Ligne 6 : code postal et VILLE').fill(client.city);
  await form.getByLabel('Nom du contact').fill(client.contact);
  await form.getByLabel('E-mail', { exact: true }).fill(client.email);
  if (client.phone) await form.getByLabel('Téléphone', { exact: true }).fill(client.phone);
}

export async function fillInvoiceForm(form: Locator, invoice: InvoiceFields) {
  await form.getByLabel('Numéro de facture').fill(invoice.number);
  await form.getByLabel("Date d'émission").fill(invoice.issue);
  if (invoice.due) await form.getByLabel("Date d'échéance").fill(invoice.due);
  await form.getByLabel('Montant TTC').fill(invoice.incl);
  await form.getByLabel('Montant HT').fill(invoice.excl);
}

/** A fresh app on a frozen clock; notifications recorded in window.__notices instead of shown. */
export async function openApp(page: Page, now: Date) {
  await page.clock.install({ time: now });
  await page.addInitScript((company) => {
    localStorage.setItem('recouvre.settings.company', JSON.stringify(company));
    const notices: { title: string; body?: string }[] = [];
    (window as unknown as { __notices: typeof notices }).__notices = notices;
    class FakeNotification {
      static permission = 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        notices.push({ title, body: options?.body });
      }
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });
  }, COMPANY);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: "Aujourd'hui" })).toBeVisible();
}

export async function createClient(page: Page, scenario?: string, client: ClientData = CLIENT) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await page.getByRole('button', { name: 'Nouveau client' }).first().click();
  const form = page.getByRole('dialog');
  await fillClientForm(form, client);
  if (scenario) await form.getByLabel('Plan de relance').selectOption({ label: scenario });
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(`Client « ${client.name} » créé.`)).toBeVisible();
}

export async function createInvoice(page: Page, invoice: InvoiceData, client: ClientData = CLIENT) {
  await page.getByRole('button', { name: `Nouvelle facture pour ${client.name}` }).click();
  const form = page.getByRole('dialog');
  await fillInvoiceForm(form, invoice);
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(`Facture ${invoice.number} enregistrée pour ${client.name}.`)).toBeVisible();
}

export async function goToday(page: Page) {
  await navigateTo(page, /Aujourd'hui/, "Aujourd'hui");
}
