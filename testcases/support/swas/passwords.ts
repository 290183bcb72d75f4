/**
 * Throw-away passwords for password APIs, fresh per call, never logged (the models mark these
 * parameters sensitive, so requests and reports show `***`).
 */
import { randomBytes, randomInt } from 'node:crypto';

/** 8–30 characters with lower case, upper case, digits and a special character, as SWAS requires. */
export function instancePassword(): string {
  return `Cc-${randomBytes(6).toString('hex')}Z${randomInt(10)}!`;
}

/** Exactly 6 letters or digits: the VNC password rule. */
export function vncPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
