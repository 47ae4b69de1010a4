import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './paraglide/runtime.js';
import { sayEndReason, sayFaultDetail } from './trace-words.ts';
import { explainEvent } from './narration.ts';
import { PEER_VIOLATIONS, type EndReason } from '../protocol/engine.ts';
import type { FaultDetail, TraceEvent } from '../sim/types.ts';
import { simulate } from '../sim/index.ts';
import { ALL_ENGINES } from '../sim/engines-all.ts';
import { builtinScenarios } from '../scenarios/library/index.ts';
import { toWorldConfig } from '../scenarios/format.ts';

const LANGUAGES = ['en', 'es', 'de'] as const;

/** One of every end reason, with the values a real run gives it. */
const REASONS: readonly EndReason[] = [
  { code: 'quit' },
  { code: 'connection-lost' },
  { code: 'lost-before-quit-reply' },
  { code: 'lost-before-quit-reply', after: { code: 'login-failed', command: 'PASS', line: '-ERR [AUTH] no' } },
  { code: 'greeting-refused', line: '-ERR go away', rfc: 'RFC 1939 §4' },
  { code: 'refused', command: 'STAT', line: '-ERR busy' },
  { code: 'login-failed', command: 'APOP', line: '-ERR bad digest' },
  { code: 'in-use', line: '-ERR [IN-USE] busy', rfc: 'RFC 2449 §8.1.2' },
  { code: 'login-delay', line: '-ERR [LOGIN-DELAY] wait', rfc: 'RFC 2449 §8.1.1' },
  { code: 'no-apop-timestamp', rfc: 'RFC 1939 §7' },
  { code: 'unexpected-reply', command: 'HELO', line: '=12' },
  { code: 'reply-not-due', line: '+OK surprise' },
  { code: 'malformed-reply', command: 'STAT', expected: '+OK nn mm', line: '+OK lots', rfc: 'RFC 1939 §5' },
  { code: 'not-a-status', line: 'HELLO', rfc: 'RFC 1939 §3' },
  { code: 'line-too-long', limit: 512, octets: 1200, rfc: 'RFC 1939 §3' },
  { code: 'line-too-long', limit: 512 },
  { code: 'sasl-challenge-after-initial', rfc: 'RFC 4616 §2' },
  { code: 'sasl-ok-before-response', rfc: 'RFC 2195 §2' },
  { code: 'sasl-not-base64', rfc: 'RFC 5034 §4' },
  { code: 'sasl-second-challenge', rfc: 'RFC 2195 §2' },
  { code: 'connection-closed' },
  { code: 'connection-refused' },
  { code: 'timed-out' },
  { code: 'app-crashed' },
  { code: 'power-lost' },
];

const DETAILS: readonly FaultDetail[] = [
  { code: 'no-connection' },
  { code: 'no-session' },
  { code: 'connection-reset' },
  { code: 'half-open' },
  { code: 'app-crashed' },
  { code: 'power-lost' },
  { code: 'client-goes-silent' },
  { code: 'already-in-session' },
  { code: 'logs-in-now' },
  { code: 'segment-lost', direction: 'c2s', resendSeconds: 1.5 },
  { code: 'server-down', seconds: 1200 },
  { code: 'end-of-run' },
];

function inEach<T>(say: () => T): Record<(typeof LANGUAGES)[number], T> {
  const out = {} as Record<(typeof LANGUAGES)[number], T>;
  for (const language of LANGUAGES) {
    setLocale(language, { reload: false });
    out[language] = say();
  }
  return out;
}

afterEach(() => setLocale('en', { reload: false }));

describe('trace words: session-end reasons and fault details said in each language (issue 11)', () => {
  it('every end reason has its own sentence in en, es and de; the server\'s line and the RFC stay as they are', () => {
    for (const reason of REASONS) {
      const said = inEach(() => sayEndReason(reason));
      for (const language of LANGUAGES) {
        expect(said[language], `${language} ${reason.code}`).not.toMatch(/undefined|\{|\}/);
        if ('line' in reason) expect(said[language], `${language} ${reason.code}`).toContain(reason.line);
        if (reason.rfc) expect(said[language], `${language} ${reason.code}`).toContain(`(${reason.rfc})`);
      }
      expect(said.es, reason.code).not.toBe(said.en);
      expect(said.de, reason.code).not.toBe(said.en);
    }
    // Two codes never share a sentence: a learner can tell them apart.
    const english = REASONS.filter((r) => !('after' in r) && !(r.code === 'line-too-long' && r.octets === undefined)).map((r) => sayEndReason(r));
    expect(new Set(english).size).toBe(english.length);
  });

  it('a peer violation says it is the server\'s fault (design: errors split by blame); a refusal does not', () => {
    const violation = inEach(() => sayEndReason({ code: 'reply-not-due', line: '+OK surprise' }));
    const refusal = inEach(() => sayEndReason({ code: 'refused', command: 'STAT', line: '-ERR busy' }));
    expect(violation.en).toBe('the server broke the protocol: the server sent "+OK surprise" when no reply was due');
    expect(violation.es).toMatch(/^el servidor incumplió el protocolo: /);
    expect(violation.de).toMatch(/^der Server hat gegen das Protokoll verstoßen: /);
    expect(refusal.en).toBe('the server refused STAT: -ERR busy');
    for (const code of PEER_VIOLATIONS) expect(REASONS.some((r) => r.code === code), code).toBe(true);
  });

  it('a reason that follows another says both: the login failure, then the lost reply to QUIT', () => {
    const said = sayEndReason({ code: 'lost-before-quit-reply', after: { code: 'in-use', line: '-ERR [IN-USE] busy', rfc: 'RFC 2449 §8.1.2' } });
    expect(said).toBe('the maildrop is in use by another session: -ERR [IN-USE] busy (RFC 2449 §8.1.2); then the connection was lost before the reply to QUIT');
  });

  it('every fault detail has its own words; numbers and directions in the language\'s own form', () => {
    for (const detail of DETAILS) {
      const said = inEach(() => sayFaultDetail(detail));
      for (const language of LANGUAGES) expect(said[language], `${language} ${detail.code}`).not.toMatch(/undefined|\{|\}/);
      expect(said.es, detail.code).not.toBe(said.en);
      expect(said.de, detail.code).not.toBe(said.en);
    }
    const segment = inEach(() => sayFaultDetail({ code: 'segment-lost', direction: 'c2s', resendSeconds: 1.5 }));
    expect(segment.en).toBe('a client → server segment is lost; TCP resends it after 1.5 s');
    expect(segment.es).toContain('cliente → servidor');
    expect(segment.es).toContain('1,5 s');
    expect(segment.de).toContain('Client → Server');
    expect(segment.de).toContain('1,5 s');
    expect(inEach(() => sayFaultDetail({ code: 'server-down', seconds: 1200 })).de).toContain('1.200 s');
  });

  it('the simulator emits codes, not words: every fault and session end of every built-in scenario is said in each language', () => {
    const seen = new Set<string>();
    for (const scenario of builtinScenarios()) {
      const trace = simulate(toWorldConfig(scenario), { engines: ALL_ENGINES }).trace;
      for (const e of trace) {
        if (e.kind !== 'fault' && e.kind !== 'session-end') continue;
        const code = e.kind === 'fault' ? e.detail.code : e.reason.code;
        // A code, never a sentence.
        expect(code, scenario.id).toMatch(/^[a-z0-9-]+$/);
        seen.add(`${e.kind}:${code}`);
        const said = inEach(() => explainEvent(e as TraceEvent));
        expect(said.es, `${scenario.id} step ${e.step}`).not.toBe(said.en);
        expect(said.de, `${scenario.id} step ${e.step}`).not.toBe(said.en);
      }
    }
    // The library exercises faults and both good and bad ends.
    expect(seen).toContain('session-end:quit');
    expect(seen).toContain('fault:connection-reset');
  });
});
