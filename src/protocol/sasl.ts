/**
 * Digest and SASL helpers for POP3 authentication, shared by the server
 * engine and the client agent.
 *
 * Rules of this module:
 * - Pure functions over strings; no state, no randomness, no clock.
 * - Wire data (timestamps, challenges, decoded SASL payloads) is octets
 *   (binary strings, see octets.ts). Secrets are JavaScript strings and are
 *   hashed as UTF-8, which is the same thing for the ASCII secrets of the RFCs.
 * - Bad base64 or a malformed payload from the peer is a value (`null`),
 *   never an exception: the server answers `-ERR` (RFC 5034 §4).
 * - The MD5 code is passed in (digests.ts): apopDigest/cramMd5Digest throw
 *   DigestsNotLoadedError without it. That is a caller bug, never a
 *   protocol outcome.
 */
import { requireDigests, type Digests } from './digests.ts';
import { utf8ToOctets, type Octets } from './octets.ts';

function octetsToBytes(octets: Octets): Uint8Array {
  const bytes = new Uint8Array(octets.length);
  for (let i = 0; i < octets.length; i++) bytes[i] = octets.charCodeAt(i) & 0xff;
  return bytes;
}

const utf8 = new TextEncoder();

/**
 * RFC 1939 §7: the APOP digest is MD5 of the greeting's timestamp (angle
 * brackets included) followed by the shared secret, as 32 lowercase hex digits.
 */
export function apopDigest(digests: Digests | undefined, timestamp: Octets, secret: string): string {
  return requireDigests(digests, 'APOP (RFC 1939 §7)').md5Hex(octetsToBytes(timestamp + utf8ToOctets(secret)));
}

/** RFC 2195 §2: the CRAM-MD5 digest is HMAC-MD5 keyed by the secret over the challenge, in lowercase hex. */
export function cramMd5Digest(digests: Digests | undefined, secret: string, challenge: Octets): string {
  return requireDigests(digests, 'CRAM-MD5 (RFC 2195 §2)').hmacMd5Hex(utf8.encode(secret), octetsToBytes(challenge));
}

/** RFC 1939 §7: a digest is exactly 32 lowercase hex digits. */
export function isDigestHex(text: string): boolean {
  return /^[0-9a-f]{32}$/.test(text);
}

/** Compares two strings without stopping at the first difference. */
export function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Strict base64 (RFC 4648 §4, padded, no whitespace) to octets.
 * Returns null for anything else (RFC 5034 §4: invalid base64 is rejected).
 */
export function decodeBase64(text: string): Octets | null {
  if (!BASE64.test(text)) return null;
  return atob(text);
}

/** Octets to padded base64 (RFC 4648 §4). Throws on a char above 0xFF: that is a caller bug, not wire data. */
export function encodeBase64(octets: Octets): string {
  return btoa(octets);
}

/** RFC 4616 §2 (first in RFC 2595 §6): `authzid NUL authcid NUL passwd`. */
export interface PlainCredentials {
  readonly authzid: string;
  readonly authcid: string;
  readonly password: string;
}

export function parsePlain(message: Octets): PlainCredentials | null {
  const parts = message.split('\0');
  if (parts.length !== 3) return null;
  const [authzid = '', authcid = '', password = ''] = parts;
  if (authcid.length === 0) return null;
  return { authzid, authcid, password };
}

export function buildPlain(authcid: string, password: string, authzid = ''): Octets {
  return `${authzid}\0${authcid}\0${password}`;
}

/** RFC 2195 §2: the client's answer is `user SP digest`, digest in lowercase hex. */
export function parseCramResponse(message: Octets): { readonly user: string; readonly digest: string } | null {
  const space = message.lastIndexOf(' ');
  if (space <= 0) return null;
  const user = message.slice(0, space);
  const digest = message.slice(space + 1);
  if (!isDigestHex(digest)) return null;
  return { user, digest };
}

export function buildCramResponse(digests: Digests | undefined, user: string, secret: string, challenge: Octets): Octets {
  return `${user} ${cramMd5Digest(digests, secret, challenge)}`;
}
