// The lawyer's dossier: what the screens and the platform layer call.
export { buildDossier, DossierDocumentError } from './buildDossier';
export { sha256Hex } from '../../domain/sha256';
export { safeFileName } from './fileNames';
export type { Exhibit } from './exhibits';
export type { DossierInput, DossierResult, DossierSink } from './types';
export { ZipTooLargeError } from './zipStream';
