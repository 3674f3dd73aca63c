/**
 * From an e-mail template and a client to what the user's mail client needs: the
 * `mailto:` link (subject and body, no attachment possible) and the `.eml` draft (same
 * text, with the letter and invoices attached). The billing contacts are the recipients,
 * the contacts marked "copy" are in Cc; nothing is sent by the app itself.
 */
import type { Client, Contact, Template } from '../../domain/model';
import type { DomainError, Result } from '../../domain/result';
import { renderTemplate, segmentsToPlainText, type TemplateContext } from '../templates/engine';
import type { BlockName } from '../templates/placeholders';
import { buildEmlDraft, type EmlAttachment } from './eml';
import { addressError, neutralizeHeaderText, type Mailbox } from './headers';
import { emailLabels } from './labels';
import { buildMailto, type Mailto } from './mailto';

export interface ComposeEmailInput {
  template: Template;
  context: TemplateContext;
  client: Client;
  /** the block placeholders as plain text (an invoice table as lines); absent ones are reported missing */
  blocks?: Partial<Record<BlockName, string>>;
  from?: Mailbox;
  attachments: EmlAttachment[];
  date: Date;
  messageIdDomain?: string;
}

export interface ComposedEmail {
  to: Mailbox[];
  cc: Mailbox[];
  subject: string;
  body: string;
  mailto: Mailto;
  eml: Uint8Array;
  /** template names that are not placeholders (drawn as typed) */
  unknown: string[];
  /** placeholders without a value yet (drawn as "[…]"): the screen warns before sending */
  missing: string[];
}

function mailboxOf(c: Contact): Mailbox | null {
  const address = c.email?.trim();
  return address ? { name: c.name, address } : null;
}

/** The billing contacts (To) and the contacts in copy (Cc) with an e-mail address. */
export function recipientsOf(client: Client): { to: Mailbox[]; cc: Mailbox[] } {
  const to = client.contacts.filter((c) => c.billing).flatMap((c) => mailboxOf(c) ?? []);
  const seen = new Set(to.map((m) => m.address.toLowerCase()));
  const cc: Mailbox[] = [];
  for (const c of client.contacts) {
    const m = c.copy ? mailboxOf(c) : null;
    if (m && !seen.has(m.address.toLowerCase())) {
      seen.add(m.address.toLowerCase());
      cc.push(m);
    }
  }
  return { to, cc };
}

/**
 * Errors as values: 'email.template.notEmail', 'email.to.empty' (no billing contact with an
 * e-mail address), 'email.address.invalid' { address, contact }.
 */
export function composeEmail(input: ComposeEmailInput): Result<ComposedEmail> {
  const fail = (error: DomainError): Result<ComposedEmail> => ({ ok: false, error });
  if (input.template.channel !== 'email')
    return fail({ code: 'email.template.notEmail', params: { id: input.template.id } });
  const { to, cc } = recipientsOf(input.client);
  if (to.length === 0) return fail({ code: 'email.to.empty', params: { client: input.client.name } });
  for (const m of [...to, ...cc]) {
    const e = addressError(m.address);
    if (e) return fail({ code: e.code, params: { ...e.params, contact: m.name ?? '' } });
  }

  const missing: string[] = [];
  const unknown: string[] = [];
  const render = (text: string): string => {
    const r = renderTemplate(text, input.context);
    for (const n of r.unknown) if (!unknown.includes(n)) unknown.push(n);
    for (const n of r.missing) if (!missing.includes(n)) missing.push(n);
    return segmentsToPlainText(r.segments, (name) => {
      const block = input.blocks?.[name];
      if (block === undefined) {
        if (!missing.includes(name)) missing.push(name);
        return '[…]';
      }
      return block;
    });
  };
  const subject = neutralizeHeaderText(render(input.template.subject));
  const body = render(input.template.body).replace(/\r\n?/g, '\n');
  const labels = emailLabels(input.template.language);

  const mailto = buildMailto({
    to: to.map((m) => m.address),
    cc: cc.map((m) => m.address),
    subject,
    body,
    truncationNote: labels.truncationNote,
  });
  const eml = buildEmlDraft({
    ...(input.from ? { from: input.from } : {}),
    to,
    cc,
    subject,
    textBody: body,
    attachments: input.attachments,
    date: input.date,
    ...(input.messageIdDomain ? { messageIdDomain: input.messageIdDomain } : {}),
  });
  return { ok: true, value: { to, cc, subject, body, mailto, eml, unknown, missing } };
}
