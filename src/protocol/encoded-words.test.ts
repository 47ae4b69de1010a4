import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, encodeHeaderValue, encodeWords } from './encoded-words.ts';

describe('RFC 2047 encoded-words', () => {
  it('RFC 2047 §4.1: encodes UTF-8 text as B words that decode back, ASCII unchanged', () => {
    expect(encodeHeaderValue('plain text')).toBe('plain text');
    expect(encodeWords('héllo 😀')).toBe('=?UTF-8?B?aMOpbGxvIPCfmIA=?=');
    expect(decodeEncodedWords('=?UTF-8?B?aMOpbGxvIPCfmIA=?=')).toBe('héllo 😀');
  });

  it('RFC 2047 §2, §6.2: words are at most 75 chars, never split a character, and join back without the folding space', () => {
    const text = '😀'.repeat(30);
    const words = encodeWords(text, ' ').split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
    expect(decodeEncodedWords(words.join(' '))).toBe(text);
  });

  it('RFC 2047 §4.2: decodes Q words and leaves other charsets alone', () => {
    expect(decodeEncodedWords('=?utf-8?Q?caf=C3=A9_ok?=')).toBe('café ok');
    expect(decodeEncodedWords('=?KOI8-R?B?abc=?=')).toBe('=?KOI8-R?B?abc=?=');
  });
});
