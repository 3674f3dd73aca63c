import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../renderer/src/domain/sha256';

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 test vector for "abc"', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('agrees with Node across the 1 MB slice boundary, on a view inside a larger buffer', () => {
    const buffer = new Uint8Array(3 * 1024 * 1024 + 17);
    for (let i = 0; i < buffer.length; i++) buffer[i] = (i * 31 + 7) & 0xff;
    const view = buffer.subarray(5, 2 * 1024 * 1024 + 9); // crosses one slice boundary
    expect(sha256Hex(view)).toBe(createHash('sha256').update(view).digest('hex'));
    expect(sha256Hex(new Uint8Array(0))).toBe(createHash('sha256').digest('hex'));
  });
});
