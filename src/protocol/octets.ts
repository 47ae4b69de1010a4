/**
 * Octets on the wire.
 *
 * POP is an octet protocol, but every octet we handle is a 7-bit or 8-bit
 * character, so we carry wire data as "binary strings": a JavaScript string
 * whose every char code is one octet (0..255). That keeps the engines small
 * and the transcripts readable, and the Node bridge converts with Buffer's
 * 'latin1' encoding, which maps one char to one octet both ways.
 */
export type Octets = string;

export const CR = '\r';
export const LF = '\n';
export const CRLF = '\r\n';

/** RFC 1939 §3: a multi-line response ends with the five octets CRLF.CRLF. */
export const TERMINATOR = '.\r\n';

/** Turns text that may use bare LF line ends into the CRLF form that goes on the wire. */
export function toCrlf(text: string): Octets {
  // Same as text.replace(/\r?\n/g, CRLF), by indexOf: a CR goes in front of each bare LF.
  let out = '';
  let from = 0;
  for (let lf = text.indexOf(LF); lf >= 0; lf = text.indexOf(LF, lf + 1)) {
    if (lf > 0 && text.charCodeAt(lf - 1) === 13 /* CR */) continue;
    out += text.slice(from, lf) + CR;
    from = lf;
  }
  return out === '' ? text : out + text.slice(from);
}

/** Only code points below 0x80: the text's UTF-8 octets are its own chars. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Encodes a JavaScript string as UTF-8 octets (binary string). ASCII text,
 * which is most mail, is its own encoding and is returned as it is: the
 * first frame encodes every message of the default run on the page's start
 * (issue 12).
 */
export function utf8ToOctets(text: string): Octets {
  return ASCII.test(text) ? text : Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

/** Decodes octets as UTF-8 for display; invalid sequences become U+FFFD. ASCII octets are their own text. */
export function octetsToUtf8(octets: Octets): string {
  return ASCII.test(octets) ? octets : new TextDecoder().decode(Uint8Array.from(octets, (c) => c.charCodeAt(0) & 0xff));
}
