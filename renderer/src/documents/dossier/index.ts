// The lawyer's dossier: what the screens and the platform layer call.
export { buildDossier, DossierDocumentError, sha256Hex } from './buildDossier';
export { safeFileName } from './fileNames';
export type { Exhibit } from './exhibits';
export type { DossierInput, DossierResult, DossierSink } from './types';
export { ZipTooLargeError } from './zipStream';
