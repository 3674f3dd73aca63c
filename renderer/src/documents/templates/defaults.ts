/**
 * The letters and e-mails Recouvre ships with, in French and English. The tone rises
 * step by step: the pre-reminder and first reminder assume an oversight, the second
 * recalls the first, the last one announces the formal notice, and the formal notice
 * states its legal basis, a final deadline and what follows. The user edits copies of
 * these; ids are stable (`${kind}-${lang}`, 'reminder2-…' for the second reminder) so
 * scenarios can point at them.
 *
 * Consumer clients get the same letters through sections: no 40 € indemnity (a business
 * debtor only, D441-5) and interest at the legal rate from the formal notice (C. civ.
 * 1344-1) instead of commercial penalties.
 */
import type { Language, Template, TemplateKind } from '../../domain/model';

function letter(
  id: string,
  kind: TemplateKind,
  language: Language,
  name: string,
  subject: string,
  body: string,
): Template {
  return { id: `${id}-${language}`, name, kind, channel: 'letter', language, subject, body, builtIn: true };
}

function email(
  id: string,
  kind: TemplateKind,
  language: Language,
  name: string,
  subject: string,
  body: string,
): Template {
  return {
    id: `email-${id}-${language}`,
    name,
    kind,
    channel: 'email',
    language,
    subject,
    body,
    builtIn: true,
  };
}

// Template literals keep the paragraphs readable; a blank line separates paragraphs.
const FR: Template[] = [
  letter(
    'pre-reminder',
    'pre-reminder',
    'fr',
    'Pré-relance (courrier)',
    'Échéance prochaine de vos factures',
    `Madame, Monsieur,

Nous nous permettons de vous signaler que les sommes suivantes, dues à {{entreprise.nom}}, arrivent prochainement à échéance, la première le {{factures.echeance}} :

{{factures.tableau}}

Le montant à régler s'élève à {{montant.principal}}. Si le paiement est déjà programmé, nous vous en remercions et vous prions de ne pas tenir compte de ce courrier.

Pour faciliter votre règlement, voici nos coordonnées bancaires : IBAN {{entreprise.iban}}, BIC {{entreprise.bic}}. Merci de rappeler les numéros de facture dans le libellé du virement.

Notre service comptable reste à votre disposition au {{entreprise.telephone}} ou à l'adresse {{entreprise.email}}.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  ),
  letter(
    'reminder',
    'reminder',
    'fr',
    'Première relance (courrier)',
    'Rappel de paiement — {{montant.principal}}',
    `Madame, Monsieur,

Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement des factures suivantes, arrivées à échéance :

{{factures.tableau}}

Il s'agit sans doute d'un simple oubli. Nous vous remercions de bien vouloir régler la somme de {{montant.principal}} dès réception de ce courrier, par virement sur notre compte IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}), en rappelant les numéros de facture.

Si votre paiement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de cette relance. En cas de question ou de désaccord sur une facture, contactez-nous au {{entreprise.telephone}} ou à l'adresse {{entreprise.email}} : nous l'examinerons volontiers avec vous.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  ),
  letter(
    'reminder2',
    'reminder',
    'fr',
    'Deuxième relance (courrier)',
    'Deuxième relance — factures impayées',
    `Madame, Monsieur,

Par courrier du {{relance.precedente.date}}, nous vous avons rappelé que les factures ci-dessous restaient à régler. À ce jour, sauf erreur de notre part, leur paiement ne nous est toujours pas parvenu.

{{factures.tableau}}

Nous vous demandons de bien vouloir régler la somme de {{montant.principal}} au plus tard le {{date.echeance_finale}}, par virement sur notre compte IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}).

{{#client.professionnel}}Nous vous rappelons que, conformément à l'article L441-10 du Code de commerce, tout retard de paiement fait courir de plein droit des pénalités de retard dès le lendemain de l'échéance, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du même code).{{/client.professionnel}}

Si vous rencontrez une difficulté de trésorerie, appelez-nous sans attendre au {{entreprise.telephone}} : un échéancier peut être étudié.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  ),
  letter(
    'last-reminder',
    'last-reminder',
    'fr',
    'Dernière relance avant mise en demeure (courrier)',
    'Dernière relance avant mise en demeure',
    `Madame, Monsieur,

Malgré nos précédentes relances ({{relance.precedentes}}), restées sans effet, les factures suivantes demeurent impayées :

{{factures.tableau}}

{{#client.professionnel}}En application de l'article L441-10 du Code de commerce, ce retard fait courir des pénalités au taux de {{penalites.taux}}, soit {{penalites.total}} à ce jour, auxquelles s'ajoute l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture prévue par l'article D441-5 du même code, soit {{indemnites.total}}.{{/client.professionnel}}

Nous vous demandons de régler la somme de {{montant.total}} au plus tard le {{date.echeance_finale}}, par virement sur notre compte IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}).

À défaut de règlement dans ce délai, nous vous adresserons une mise en demeure par lettre recommandée avec accusé de réception, préalable à une action en justice.

Si un échéancier vous permettait de vous acquitter de cette dette, contactez-nous au {{entreprise.telephone}} avant cette date.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  ),
  letter(
    'formal-notice',
    'formal-notice',
    'fr',
    'Mise en demeure (lettre recommandée avec AR)',
    'MISE EN DEMEURE de payer',
    `Lettre recommandée avec accusé de réception n° {{lrar.numero}}

Madame, Monsieur,

{{#relance.precedentes}}Malgré nos relances ({{relance.precedentes}}), restées sans effet, vous{{/relance.precedentes}}{{^relance.precedentes}}Sauf erreur de notre part, vous{{/relance.precedentes}} demeurez redevable envers {{entreprise.nom}} des sommes suivantes, toutes échues :

{{factures.tableau}}

{{#client.professionnel}}Ces sommes comprennent les pénalités de retard dues de plein droit depuis le lendemain de chaque échéance en application de l'article L441-10 du Code de commerce, au taux de {{penalites.taux}}, soit {{penalites.total}}, ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture prévue par l'article D441-5 du même code, soit {{indemnites.total}}.{{/client.professionnel}}{{#client.particulier}}Conformément à l'article 1344-1 du Code civil, la présente mise en demeure fait courir sur le principal restant dû des intérêts au taux de l'intérêt légal à compter de sa réception.{{/client.particulier}}

En conséquence, nous vous **METTONS EN DEMEURE**, au sens de l'article 1344 du Code civil, de nous régler la somme totale de **{{montant.total}}** dans un délai de **{{delai}} jours à compter de la réception** de la présente lettre.

Le règlement peut être effectué par virement sur notre compte IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}), en indiquant les numéros des factures concernées.

À défaut de paiement intégral dans ce délai, nous saisirons sans autre avis le tribunal compétent d'une requête en injonction de payer afin d'obtenir un titre exécutoire ; les frais de procédure et d'exécution pourront alors être mis à votre charge.

Si vous avez réglé ces sommes entre-temps, nous vous remercions de ne pas tenir compte de la présente et de nous communiquer la référence de votre paiement.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  ),
  letter(
    'statement',
    'statement',
    'fr',
    'Relevé de compte (courrier)',
    'Relevé de votre compte client au {{date.jour}}',
    `Madame, Monsieur,

Vous trouverez ci-dessous le relevé de votre compte client au {{date.jour}}, qui reprend nos factures, vos règlements et nos avoirs.

{{releve.tableau}}

Le solde de votre compte s'élève à {{releve.solde}}. Nous vous remercions de bien vouloir vérifier ce relevé et de nous signaler toute différence avec votre propre comptabilité.

Le solde peut être réglé par virement sur notre compte IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}).

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.`,
  ),
  email(
    'pre-reminder',
    'pre-reminder',
    'fr',
    'Pré-relance (e-mail)',
    '{{entreprise.nom}} — échéance prochaine de vos factures',
    `Bonjour,

Pour mémoire, les factures suivantes arrivent prochainement à échéance, la première le {{factures.echeance}} :

{{factures.liste}}

Montant à régler : {{montant.principal}}.

Si le paiement est déjà programmé, merci de ne pas tenir compte de ce message. Nos coordonnées bancaires : IBAN {{entreprise.iban}}, BIC {{entreprise.bic}}.

Bien cordialement,

{{signataire.nom}}
{{signataire.fonction}}, {{entreprise.nom}}
{{entreprise.telephone}}`,
  ),
  email(
    'reminder',
    'reminder',
    'fr',
    'Relance (e-mail)',
    '{{entreprise.nom}} — rappel de paiement',
    `Bonjour,

Sauf erreur de notre part, le règlement des factures suivantes, arrivées à échéance, ne nous est pas encore parvenu :

{{factures.liste}}

Il s'agit sans doute d'un oubli : pourriez-vous procéder au règlement de {{montant.principal}} par virement (IBAN {{entreprise.iban}}, BIC {{entreprise.bic}}) ? Si le paiement est en cours, merci de ne pas tenir compte de ce message.

Pour toute question sur ces factures, je reste à votre disposition.

Bien cordialement,

{{signataire.nom}}
{{signataire.fonction}}, {{entreprise.nom}}
{{entreprise.telephone}}`,
  ),
  email(
    'last-reminder',
    'last-reminder',
    'fr',
    'Dernière relance (e-mail)',
    '{{entreprise.nom}} — dernière relance avant mise en demeure',
    `Bonjour,

Malgré nos précédentes relances ({{relance.precedentes}}), les factures suivantes restent impayées :

{{factures.liste}}

Nous vous demandons de régler la somme de {{montant.total}} au plus tard le {{date.echeance_finale}} par virement (IBAN {{entreprise.iban}}, BIC {{entreprise.bic}}).{{#client.professionnel}} Ce montant comprend les pénalités de retard (article L441-10 du Code de commerce) et l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5).{{/client.professionnel}}

Sans règlement à cette date, une mise en demeure vous sera adressée par lettre recommandée avec accusé de réception.

Cordialement,

{{signataire.nom}}
{{signataire.fonction}}, {{entreprise.nom}}
{{entreprise.telephone}}`,
  ),
];

const EN: Template[] = [
  letter(
    'pre-reminder',
    'pre-reminder',
    'en',
    'Pre-reminder (letter)',
    'Invoices falling due shortly',
    `Dear Sir or Madam,

We would like to let you know that the following amounts owed to {{entreprise.nom}} fall due shortly, the first on {{factures.echeance}}:

{{factures.tableau}}

The amount to pay is {{montant.principal}}. If payment has already been scheduled, thank you, and please disregard this letter.

Our bank details: IBAN {{entreprise.iban}}, BIC {{entreprise.bic}}. Please quote the invoice numbers in the transfer reference.

Our accounts department can be reached on {{entreprise.telephone}} or at {{entreprise.email}}.

Yours faithfully,`,
  ),
  letter(
    'reminder',
    'reminder',
    'en',
    'First reminder (letter)',
    'Payment reminder — {{montant.principal}}',
    `Dear Sir or Madam,

Unless we are mistaken, we have not yet received payment of the following invoices, which are now due:

{{factures.tableau}}

This is most likely an oversight. We would be grateful if you would pay {{montant.principal}} on receipt of this letter, by bank transfer to IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}), quoting the invoice numbers.

If your payment has crossed this letter, please disregard it. Should you have any question about an invoice, please contact us on {{entreprise.telephone}} or at {{entreprise.email}}.

Yours faithfully,`,
  ),
  letter(
    'reminder2',
    'reminder',
    'en',
    'Second reminder (letter)',
    'Second reminder — unpaid invoices',
    `Dear Sir or Madam,

In our letter of {{relance.precedente.date}} we reminded you that the invoices below were still unpaid. As of today, unless we are mistaken, we have still not received payment.

{{factures.tableau}}

Please pay {{montant.principal}} by {{date.echeance_finale}} at the latest, by bank transfer to IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}).

{{#client.professionnel}}We remind you that under article L441-10 of the French Commercial Code, late payment automatically incurs late-payment interest from the day after the due date, plus a fixed indemnity of €40 per invoice for recovery costs (article D441-5 of the same code).{{/client.professionnel}}

If you are facing cash-flow difficulties, please call us on {{entreprise.telephone}} without delay: a payment schedule can be considered.

Yours faithfully,`,
  ),
  letter(
    'last-reminder',
    'last-reminder',
    'en',
    'Last reminder before formal notice (letter)',
    'Final reminder before formal notice',
    `Dear Sir or Madam,

Despite our previous reminders ({{relance.precedentes}}), which have gone unanswered, the following invoices remain unpaid:

{{factures.tableau}}

{{#client.professionnel}}Under article L441-10 of the French Commercial Code, this late payment incurs interest at {{penalites.taux}}, that is {{penalites.total}} to date, plus the fixed indemnity of €40 per invoice for recovery costs provided by article D441-5 of the same code, that is {{indemnites.total}}.{{/client.professionnel}}

Please pay {{montant.total}} by {{date.echeance_finale}} at the latest, by bank transfer to IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}).

Failing payment by that date, we will send you a formal notice by registered letter with acknowledgement of receipt, before taking legal action.

If a payment schedule would help you settle this debt, please contact us on {{entreprise.telephone}} before that date.

Yours faithfully,`,
  ),
  letter(
    'formal-notice',
    'formal-notice',
    'en',
    'Formal notice (registered letter)',
    'FORMAL NOTICE TO PAY (MISE EN DEMEURE)',
    `Registered letter with acknowledgement of receipt no. {{lrar.numero}}

Dear Sir or Madam,

{{#relance.precedentes}}Despite our reminders ({{relance.precedentes}}), which have gone unanswered, you{{/relance.precedentes}}{{^relance.precedentes}}Unless we are mistaken, you{{/relance.precedentes}} still owe {{entreprise.nom}} the following amounts, all of which are overdue:

{{factures.tableau}}

{{#client.professionnel}}These amounts include the late-payment interest due by law from the day after each due date under article L441-10 of the French Commercial Code, at {{penalites.taux}}, that is {{penalites.total}}, and the fixed indemnity of €40 per invoice for recovery costs provided by article D441-5 of the same code, that is {{indemnites.total}}.{{/client.professionnel}}{{#client.particulier}}Under article 1344-1 of the French Civil Code, this formal notice causes interest at the statutory rate to run on the outstanding principal from its receipt.{{/client.particulier}}

Accordingly, we hereby give you **FORMAL NOTICE (MISE EN DEMEURE)**, within the meaning of article 1344 of the French Civil Code, to pay us the total sum of **{{montant.total}}** within **{{delai}} days of receipt** of this letter.

Payment can be made by bank transfer to IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}), quoting the invoice numbers.

Failing payment in full within that time, we will apply without further notice to the competent court for an order for payment (injonction de payer) in order to obtain an enforceable title; the costs of the proceedings and of enforcement may then be charged to you.

If you have paid these sums in the meantime, please disregard this letter and send us the reference of your payment.

Yours faithfully,`,
  ),
  letter(
    'statement',
    'statement',
    'en',
    'Statement of account (letter)',
    'Statement of your account as of {{date.jour}}',
    `Dear Sir or Madam,

Please find below the statement of your customer account as of {{date.jour}}, listing our invoices, your payments and our credit notes.

{{releve.tableau}}

The balance of your account is {{releve.solde}}. Please check this statement and let us know of any difference with your own records.

The balance can be paid by bank transfer to IBAN {{entreprise.iban}} (BIC {{entreprise.bic}}).

Yours faithfully,`,
  ),
  email(
    'pre-reminder',
    'pre-reminder',
    'en',
    'Pre-reminder (e-mail)',
    '{{entreprise.nom}} — invoices falling due shortly',
    `Hello,

As a reminder, the following invoices fall due shortly, the first on {{factures.echeance}}:

{{factures.liste}}

Amount to pay: {{montant.principal}}.

If payment has already been scheduled, please disregard this message. Our bank details: IBAN {{entreprise.iban}}, BIC {{entreprise.bic}}.

Kind regards,

{{signataire.nom}}
{{signataire.fonction}}, {{entreprise.nom}}
{{entreprise.telephone}}`,
  ),
  email(
    'reminder',
    'reminder',
    'en',
    'Reminder (e-mail)',
    '{{entreprise.nom}} — payment reminder',
    `Hello,

Unless we are mistaken, we have not yet received payment of the following invoices, which are now due:

{{factures.liste}}

This is probably an oversight: could you please pay {{montant.principal}} by bank transfer (IBAN {{entreprise.iban}}, BIC {{entreprise.bic}})? If payment is on its way, please disregard this message.

I remain at your disposal for any question about these invoices.

Kind regards,

{{signataire.nom}}
{{signataire.fonction}}, {{entreprise.nom}}
{{entreprise.telephone}}`,
  ),
  email(
    'last-reminder',
    'last-reminder',
    'en',
    'Last reminder (e-mail)',
    '{{entreprise.nom}} — final reminder before formal notice',
    `Hello,

Despite our previous reminders ({{relance.precedentes}}), the following invoices remain unpaid:

{{factures.liste}}

Please pay {{montant.total}} by {{date.echeance_finale}} at the latest, by bank transfer (IBAN {{entreprise.iban}}, BIC {{entreprise.bic}}).{{#client.professionnel}} This amount includes late-payment interest (article L441-10 of the French Commercial Code) and the fixed indemnity of €40 per invoice for recovery costs (article D441-5).{{/client.professionnel}}

Failing payment by that date, a formal notice will be sent to you by registered letter with acknowledgement of receipt.

Regards,

{{signataire.nom}}
{{signataire.fonction}}, {{entreprise.nom}}
{{entreprise.telephone}}`,
  ),
];

export const DEFAULT_TEMPLATES: readonly Template[] = [...FR, ...EN];

export function defaultTemplate(id: string): Template | undefined {
  return DEFAULT_TEMPLATES.find((t) => t.id === id);
}
