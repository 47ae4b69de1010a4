/**
 * RFC 2047 encoded-words for header values that are not ASCII.
 *
 * RFC 5322 §2.2 keeps header fields to US-ASCII, so text such as a subject
 * "héllo 😀" travels as one or more `=?UTF-8?B?...?=` words (RFC 2047 §2, §4.1
 * "B" encoding), each at most 75 characters (RFC 2047 §2), separated by
 * folding white space. Pure ASCII values pass through unchanged.
 *
 * Input and output here are JavaScript strings (text), except that the
 * encoded form is plain ASCII and so is also valid octets.
 */
import { octetsToUtf8, utf8ToOctets } from './octets.ts';

const PREFIX = '=?UTF-8?B?';
const SUFFIX = '?=';
/** RFC 2047 §2: an encoded-word is at most 75 characters, and a line that holds one at most 76 (§2), so
 * with room for a header name we keep words to 36 octets (48 base64 chars, 60 in all). */
const MAX_OCTETS_PER_WORD = 36;

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Base64 of octets (a binary string), without relying on Node's Buffer. */
function base64(octets: string): string {
  return btoa(octets);
}

/**
 * Encodes text as a run of encoded-words joined by `separator` (folding white
 * space, CRLF SP by default). Words never split a character's UTF-8 sequence.
 */
export function encodeWords(text: string, separator = '\r\n '): string {
  const words: string[] = [];
  let chunk = '';
  let chunkOctets = 0;
  for (const ch of text) {
    const n = utf8ToOctets(ch).length;
    if (chunkOctets + n > MAX_OCTETS_PER_WORD && chunk !== '') {
      words.push(PREFIX + base64(utf8ToOctets(chunk)) + SUFFIX);
      chunk = '';
      chunkOctets = 0;
    }
    chunk += ch;
    chunkOctets += n;
  }
  if (chunk !== '' || words.length === 0) words.push(PREFIX + base64(utf8ToOctets(chunk)) + SUFFIX);
  return words.join(separator);
}

const NAME_ADDR = /^(.*?)\s*<([\x21-\x7e]*)>$/s;

/**
 * Encodes one header value so that it is ASCII. An address in the
 * `Display Name <addr>` form keeps its angle-addr as it is (RFC 2047 §5: an
 * encoded-word may stand for a phrase, never inside an addr-spec); any other
 * non-ASCII value becomes encoded-words as a whole.
 */
export function encodeHeaderValue(value: string): string {
  if (isAscii(value)) return value;
  const m = NAME_ADDR.exec(value);
  if (m && m[1] !== undefined && m[1] !== '' && m[2] !== undefined) return `${encodeWords(m[1])} <${m[2]}>`;
  return encodeWords(value);
}

const WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
const BETWEEN_WORDS = /(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)/g;

function decodeQ(text: string): string {
  return text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Decodes the UTF-8 (and US-ASCII) encoded-words in an unfolded header value
 * for display; white space between adjacent encoded-words is dropped
 * (RFC 2047 §6.2). Words in other charsets, or malformed ones, are left as
 * they are.
 */
export function decodeEncodedWords(value: string): string {
  return value.replace(BETWEEN_WORDS, '$1').replace(WORD, (word, charset: string, enc: string, data: string) => {
    const cs = charset.toLowerCase().split('*')[0];
    if (cs !== 'utf-8' && cs !== 'us-ascii') return word;
    let octets: string;
    try {
      octets = enc === 'b' || enc === 'B' ? atob(data) : decodeQ(data);
    } catch {
      return word; // not base64: show the word as it came
    }
    return octetsToUtf8(octets);
  });
}
