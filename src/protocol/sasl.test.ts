import { NOBLE_DIGESTS } from './digests-noble.ts';
import { describe, expect, it } from 'vitest';
import { apopDigest, buildCramResponse, buildPlain, cramMd5Digest, decodeBase64, encodeBase64, isDigestHex, parseCramResponse, parsePlain, sameSecret } from './sasl.ts';

describe('APOP digest', () => {
  it('RFC 1939 §7: reproduces the example digest for <1896.697170952@dbc.mtview.ca.us> and tanstaaf', () => {
    expect(apopDigest(NOBLE_DIGESTS, '<1896.697170952@dbc.mtview.ca.us>', 'tanstaaf')).toBe('c4c9334bac560ecc979e58001b3e22fb');
  });

  it('RFC 1939 §7: the digest changes with the timestamp (no replay across greetings)', () => {
    const a = apopDigest(NOBLE_DIGESTS, '<1.1@host>', 'secret');
    const b = apopDigest(NOBLE_DIGESTS, '<1.2@host>', 'secret');
    expect(a).not.toBe(b);
    expect(isDigestHex(a)).toBe(true);
    expect(isDigestHex(b)).toBe(true);
  });

  it('RFC 1939 §7: a digest is exactly 32 lowercase hex digits', () => {
    expect(isDigestHex('c4c9334bac560ecc979e58001b3e22fb')).toBe(true);
    expect(isDigestHex('C4C9334BAC560ECC979E58001B3E22FB')).toBe(false);
    expect(isDigestHex('c4c9334bac560ecc979e58001b3e22f')).toBe(false);
    expect(isDigestHex('c4c9334bac560ecc979e58001b3e22fbb')).toBe(false);
    expect(isDigestHex('g4c9334bac560ecc979e58001b3e22fb')).toBe(false);
  });
});

describe('CRAM-MD5', () => {
  const challenge = '<1896.697170952@postoffice.reston.mci.net>';

  it('RFC 2195 §2: reproduces the example digest for tim / tanstaaftanstaaf', () => {
    expect(cramMd5Digest(NOBLE_DIGESTS, 'tanstaaftanstaaf', challenge)).toBe('b913a602c7eda7a495b4e6e7334d3890');
  });

  it('RFC 2195 §2: reproduces the example base64 of the challenge and of the response', () => {
    expect(encodeBase64(challenge)).toBe('PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+');
    expect(encodeBase64(buildCramResponse(NOBLE_DIGESTS, 'tim', 'tanstaaftanstaaf', challenge))).toBe(
      'dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw',
    );
  });

  it('RFC 2195 §2: parses "user digest" and rejects anything else', () => {
    expect(parseCramResponse('tim b913a602c7eda7a495b4e6e7334d3890')).toEqual({
      user: 'tim',
      digest: 'b913a602c7eda7a495b4e6e7334d3890',
    });
    expect(parseCramResponse('b913a602c7eda7a495b4e6e7334d3890')).toBeNull();
    expect(parseCramResponse(' b913a602c7eda7a495b4e6e7334d3890')).toBeNull();
    expect(parseCramResponse('tim B913A602C7EDA7A495B4E6E7334D3890')).toBeNull();
    expect(parseCramResponse('tim xyz')).toBeNull();
  });
});

describe('SASL PLAIN and base64', () => {
  it('RFC 5034 §6: the example initial response decodes to test NUL test NUL test', () => {
    const decoded = decodeBase64('dGVzdAB0ZXN0AHRlc3Q=');
    expect(decoded).toBe('test\0test\0test');
    expect(parsePlain(decoded ?? '')).toEqual({ authzid: 'test', authcid: 'test', password: 'test' });
    expect(encodeBase64(buildPlain('test', 'test', 'test'))).toBe('dGVzdAB0ZXN0AHRlc3Q=');
  });

  it('RFC 4616 §2: a PLAIN message needs exactly two NULs and a non-empty authcid', () => {
    expect(parsePlain('\0alice\0pw')).toEqual({ authzid: '', authcid: 'alice', password: 'pw' });
    expect(parsePlain('alice\0pw')).toBeNull();
    expect(parsePlain('\0\0pw')).toBeNull();
    expect(parsePlain('a\0b\0c\0d')).toBeNull();
  });

  it('RFC 5034 §4: invalid base64 is rejected (returns null, never throws)', () => {
    for (const bad of ['abc', 'ab=c', 'a b=', '====', 'YW*j', 'YWJj\r\n', 'Y===', '=']) {
      expect(decodeBase64(bad), bad).toBeNull();
    }
    expect(decodeBase64('YWJj')).toBe('abc');
    expect(decodeBase64('YWI=')).toBe('ab');
    expect(decodeBase64('')).toBe('');
  });

  it('compares secrets by content, including length differences', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', '')).toBe(true);
  });
});
