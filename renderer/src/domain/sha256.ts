import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const SLICE = 1024 * 1024;

/**
 * SHA-256 of a stored file or an exhibit, in hex: the fingerprint the exhibit list and the
 * backup check print. Hashed in 1 MB slices of the same buffer: WebCrypto's digest copies
 * its whole input first, which doubled the memory a large attachment needs.
 */
export function sha256Hex(bytes: Uint8Array): string {
  const hash = sha256.create();
  for (let offset = 0; offset < bytes.length; offset += SLICE) {
    hash.update(bytes.subarray(offset, offset + SLICE));
  }
  return bytesToHex(hash.digest());
}
