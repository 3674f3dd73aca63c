/** French company identifiers with their real check keys, so the app's validators accept them. */
import type { Random } from './random';

/** The Luhn check digit that makes `payload + digit` pass the Luhn test. */
export function luhnKey(payload: string): number {
  let sum = 0;
  // The key will sit at the rightmost place (not doubled), so the payload's last digit is doubled.
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A SIREN: 8 digits and the Luhn key. `first` fixes the leading digit (2 for public bodies). */
export function makeSiren(random: Random, first?: number): string {
  const head = String(first ?? random.int(3, 9)) + random.digits(7);
  return head + String(luhnKey(head));
}

/** A SIRET of the head office: SIREN + NIC (4 digits) + Luhn key over the 14 digits. */
export function makeSiret(siren: string, random: Random): string {
  const head = siren + '000' + String(random.int(1, 4));
  return head + String(luhnKey(head));
}

/** The French intra-community VAT number: FR + key (12 + 3 × (SIREN mod 97)) mod 97 + SIREN. */
export function vatNumberOf(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}
