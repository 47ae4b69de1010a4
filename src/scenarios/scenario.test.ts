import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../protocol/encoded-words.ts';
import { octetsToUtf8, utf8ToOctets } from '../protocol/octets.ts';
import { simulate } from '../sim/run.ts';
import { parseScenario } from './parse.ts';
import { renderMessage, toWorldConfig, type Scenario } from './scenario.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';

function ok(input: unknown): Scenario {
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

const base = { version: 2, id: 'utf8', title: 'UTF-8' } as const;

describe('renderMessage: octets, not JavaScript characters', () => {
  it('RFC 1939 §11: a non-ASCII message is rendered as UTF-8 octets, and LIST counts those octets', () => {
    const s = ok({ ...base, maildrop: [{ subject: 'héllo 😀', body: 'Grüße 😀' }] });
    const octets = renderMessage(s, s.maildrop[0]!, 0);
    expect(octets).toMatch(/^[\x00-\xff]*$/);
    // Headers stay ASCII (RFC 5322 §2.2 / RFC 2047): the subject is an encoded-word.
    const header = octets.slice(0, octets.indexOf('\r\n\r\n'));
    expect(header).toMatch(/^[\x00-\x7f]*$/);
    expect(header).toContain('Subject: =?UTF-8?B?');
    expect(header).toContain('Content-Type: text/plain; charset=utf-8\r\n');
    expect(header).toContain('Content-Transfer-Encoding: 8bit');
    expect(header).toContain('MIME-Version: 1.0');
    // The body is raw UTF-8: 'Grüße 😀' is 13 octets.
    const body = octets.slice(octets.indexOf('\r\n\r\n') + 4);
    expect(body).toBe(utf8ToOctets('Grüße 😀\r\n'));
    expect(octetsToUtf8(body)).toBe('Grüße 😀\r\n');
    const subject = /Subject: (.*(?:\r\n .*)*)/.exec(header)![1]!.replace(/\r\n/g, '');
    expect(decodeEncodedWords(subject)).toBe('héllo 😀');

    // Through the simulator: the server's LIST size is the octet count (RFC 1939 §11), and the label reads as text.
    const run = simulate(toWorldConfig(s), { engines: ALL_ENGINES });
    const stat = run.trace.find((e) => e.kind === 'reply' && /^\+OK 1 \d+$/.test(e.line.trimEnd()));
    expect(stat).toBeDefined();
    const size = Number(/^\+OK 1 (\d+)/.exec(stat!.kind === 'reply' ? stat!.line : '')![1]);
    expect(size).toBe(octets.length);
    expect(size).toBeGreaterThan(octetsToUtf8(octets).length);
    expect(run.viewAt(-1).maildrop[0]!.label).toBe('héllo 😀');
  });

  it('an ASCII message has no MIME headers and is unchanged', () => {
    const s = ok({ ...base, maildrop: [{ subject: 'plain', body: 'hi' }] });
    const octets = renderMessage(s, s.maildrop[0]!, 0);
    expect(octets).toContain('Subject: plain\r\n');
    expect(octets).not.toContain('MIME-Version');
  });

  it('a non-ASCII display name is encoded, the address kept as it is (RFC 2047 §5)', () => {
    const s = ok({ ...base, maildrop: [{ subject: 's', from: 'Zoë <zoe@example.org>' }] });
    const octets = renderMessage(s, s.maildrop[0]!, 0);
    expect(octets).toMatch(/From: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <zoe@example\.org>\r\n/);
  });

  it('a long non-ASCII subject folds into encoded-words of at most 75 characters (RFC 2047 §2)', () => {
    const subject = 'ünïcödé '.repeat(40);
    const s = ok({ ...base, maildrop: [{ subject }] });
    const octets = renderMessage(s, s.maildrop[0]!, 0);
    const header = octets.slice(0, octets.indexOf('\r\n\r\n'));
    for (const line of header.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    const folded = /Subject: (.*(?:\r\n .*)*)/.exec(header)![1]!;
    for (const word of folded.split(/\r\n /)) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeEncodedWords(folded.replace(/\r\n/g, ''))).toBe(subject);
  });

  it('a raw "text" message is encoded as UTF-8', () => {
    const s = ok({ ...base, maildrop: [{ text: 'Subject: x\n\nñ\n' }] });
    expect(toWorldConfig(s).messages[0]!.text).toBe('Subject: x\r\n\r\n\xc3\xb1\r\n');
  });
});

describe('parseScenario: maildrop entries that render to the same message', () => {
  it('refuses two raw texts that are identical after rendering, naming both paths', () => {
    const r = parseScenario({ ...base, maildrop: [{ text: 'Subject: a\n\nx\n' }, { text: 'Subject: b\n\ny\n' }, { text: 'Subject: a\r\n\r\nx\r\n' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['maildrop[2].text: identical to maildrop[0]; every message needs distinct content (e.g. its own Message-ID header)']);
  });

  it('accepts subject entries with the same subject (each gets its own Message-ID)', () => {
    expect(parseScenario({ ...base, maildrop: [{ subject: 'a' }, { subject: 'a' }] }).ok).toBe(true);
  });
});
