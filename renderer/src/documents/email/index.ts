// E-mail drafts through the user's own mail client: what the screens call.
export { composeEmail, recipientsOf, type ComposeEmailInput, type ComposedEmail } from './compose';
export { buildEmlDraft, type EmlAttachment, type EmlDraftInput } from './eml';
export { addressErrors, EmailInputError, type Mailbox } from './headers';
export { buildMailto, MAILTO_MAX_LENGTH, type Mailto, type MailtoInput } from './mailto';
