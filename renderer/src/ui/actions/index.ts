/**
 * The action flows shared by the Today screen and the client file: generate a letter,
 * prepare an e-mail, log a call, record a step. Each takes the database (and the
 * platform when it saves a file) so tests pass their own.
 */
export { targetOf, type ActionTarget } from './actionTarget';
export { loadActionData, letterInputOf, type ActionData } from './actionData';
export { companyRates } from './companyRates';
export { stepTemplate } from './stepTemplate';
export {
  buildStepLetter,
  generateLetter,
  type GeneratedLetter,
  type GenerateLetterInput,
  type LetterFile,
} from './generateLetter';
export {
  markEmailSent,
  prepareEmail,
  saveEmailDraft,
  type EmailSent,
  type PreparedEmail,
  type PrepareEmailInput,
} from './prepareEmail';
export {
  CALL_OUTCOMES,
  logCall,
  phoneNumbersOf,
  type CallLogged,
  type CallOutcome,
  type LogCallInput,
  type PhoneNumber,
} from './logCall';
export { jumpToStep, laterSteps, recordStepOutcome, type StepDetails } from './recordStep';
export { documentFileName, DOCX_MIME, EML_MIME } from './letterFile';
