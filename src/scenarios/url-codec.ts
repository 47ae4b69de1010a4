/**
 * Share links: a scenario packed into a URL fragment.
 *
 * Encoding: JSON text -> UTF-8 -> DEFLATE (fflate, level 9) -> base64url
 * (RFC 4648 §5, no padding). Decoding reverses it and then validates the
 * result with `parseScenario`, so a link can never smuggle in anything a
 * scenario file could not.
 *
 * A link is untrusted input. `decodeScenario` never throws: wrong
 * characters, a damaged DEFLATE stream, a decompression bomb (inflation
 * stops at LINK_LIMITS.inflatedBytes), invalid UTF-8 or JSON and an invalid
 * scenario each come back as `{ ok: false, errors }`.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import { LIMITS, parseScenarioInSteps, type ParseResult, type Scenario } from './format.ts';
import { runToEnd } from '../sim/stepwise.ts';
import { linkPayload } from './share-link.ts';
import * as m from '../i18n/paraglide/messages.js';

export const LINK_LIMITS = {
  /** Characters of base64url accepted (about 96 KiB of compressed data). */
  encodedChars: 131_072,
  /** Octets the DEFLATE stream may inflate to: the JSON text limit. */
  inflatedBytes: LIMITS.jsonChars,
  /** Compressed octets fed to the inflater per push; bounds one push's output to about 1 MiB (DEFLATE's ratio is at most ~1032:1). */
  chunkBytes: 1_024,
} as const;


const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** Decodes unpadded base64url; returns an error string for anything else. */
export function fromBase64Url(text: string): Uint8Array | { readonly error: string } {
  if (text.length % 4 === 1) return { error: m.format_linkCutShort() };
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const value = DECODE.get(c);
    if (value === undefined) {
      return { error: m.format_linkBadCharacter({ character: JSON.stringify(c), position: i }) };
    }
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, o);
}

/** Packs a scenario into the link payload (no '#s=' prefix). */
export function encodeScenario(scenario: Scenario): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(scenario)), { level: 9 }));
}

/** Inflates at most `limit` octets; anything more is refused as a likely decompression bomb. */
export function inflateCapped(data: Uint8Array, limit: number): Uint8Array | { readonly error: string } {
  return runToEnd(inflateCappedInSteps(data, limit));
}

/** inflateCapped, yielding after each push of LINK_LIMITS.chunkBytes compressed octets. */
function* inflateCappedInSteps(data: Uint8Array, limit: number): Generator<void, Uint8Array | { readonly error: string }, void> {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) over = true;
    else parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let offset = 0; offset < data.length && !over; offset += LINK_LIMITS.chunkBytes) {
      const end = Math.min(offset + LINK_LIMITS.chunkBytes, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
      yield;
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { error: m.format_linkDamaged({ detail }) };
  }
  if (over) return { error: m.format_linkTooBig({ limit }) };
  if (!ended) return { error: m.format_linkIncomplete() };
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const fail = (message: string): Extract<ParseResult, { ok: false }> => ({ ok: false, errors: [`link: ${message}`] });

/** Unpacks and validates a link payload. Accepts the bare payload or a fragment like "#s=...". Never throws. */
export function decodeScenario(payload: string): ParseResult {
  return runToEnd(decodeScenarioInSteps(payload));
}

/**
 * decodeScenario, yielding after each kilobyte inflated and between the
 * checks, so the app and the embed read a large link a few milliseconds at a
 * time (ui/later.ts inSlices): a 500-message link was tasks of ~150 and
 * ~90 ms at 4x CPU (issue 12). The same result; never throws.
 */
export function* decodeScenarioInSteps(payload: string): Generator<void, ParseResult, void> {
  try {
    if (typeof payload !== 'string') return fail(m.format_linkNotText());
    const text = linkPayload(payload);
    if (text.length === 0) return fail(m.format_linkEmpty());
    if (text.length > LINK_LIMITS.encodedChars) return fail(m.format_linkTooLong({ length: text.length, limit: LINK_LIMITS.encodedChars }));
    const bytes = fromBase64Url(text);
    if ('error' in bytes) return fail(bytes.error);
    yield;
    const inflated = yield* inflateCappedInSteps(bytes, LINK_LIMITS.inflatedBytes);
    if ('error' in inflated) return fail(inflated.error);
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    } catch {
      return fail(m.format_linkNotUtf8());
    }
    yield;
    return yield* parseScenarioInSteps(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(m.format_couldNotBeRead({ detail }));
  }
}
