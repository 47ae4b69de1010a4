import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { octetsToUtf8, toCrlf, utf8ToOctets } from './octets.ts';

// The plain definitions the fast paths must agree with: one char per UTF-8 octet.
const reference = {
  encode: (text: string): string => Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''),
  decode: (octets: string): string => {
    const bytes = new Uint8Array(octets.length);
    for (let i = 0; i < octets.length; i++) bytes[i] = octets.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  },
};

describe('octets: UTF-8 as binary strings', () => {
  it('utf8ToOctets and octetsToUtf8 on ASCII text, the fast path: the text itself, both ways (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 300 }), (text) => {
        expect(utf8ToOctets(text)).toBe(reference.encode(text));
        expect(octetsToUtf8(text)).toBe(reference.decode(text));
      }),
      { numRuns: 300 },
    );
  });
  it('utf8ToOctets gives one char per UTF-8 octet, for any text, lone surrogates included (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      expect(utf8ToOctets(text)).toBe(reference.encode(text));
    }), { numRuns: 500 });
  });
  it('octetsToUtf8 decodes any octets as UTF-8, invalid sequences as U+FFFD (fast-check)', () => {
    const octets = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 }).map((bytes) => String.fromCharCode(...bytes));
    fc.assert(fc.property(octets, (o) => {
      expect(octetsToUtf8(o)).toBe(reference.decode(o));
    }), { numRuns: 500 });
  });
  it('ASCII text is its own encoding, both ways', () => {
    const text = 'Subject: Lunch?\r\n\r\nSee you at noon.\r\n';
    expect(utf8ToOctets(text)).toBe(text);
    expect(octetsToUtf8(text)).toBe(text);
  });
  it('a large non-ASCII message round-trips', () => {
    const text = 'héllo wörld 😀 '.repeat(5000); // ~90 000 octets
    const octets = utf8ToOctets(text);
    expect(octets).toBe(reference.encode(text));
    expect(octetsToUtf8(octets)).toBe(text);
  });
  it('toCrlf puts a CR before each bare LF only', () => {
    expect(toCrlf('a\nb\r\nc\n')).toBe('a\r\nb\r\nc\r\n');
  });
});
