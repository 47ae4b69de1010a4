import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry, linkTerms as linkIn, termsUsed as usedIn } from './glossary.ts';
import { glossaryWords, vocabulary } from '../i18n/glossary-words.ts';
import { lessons, type Lesson } from './lessons/index.ts';

/** Every text of a lesson a learner can read. */
function lessonTexts(l: Lesson): string[] {
  return [
    l.title,
    l.summary,
    l.goal.text,
    ...l.goal.all.map((p) => p.say),
    ...l.steps,
    ...l.hints,
    l.solution.text,
    ...l.checkpoints.flatMap((c) => [c.question, ...c.choices.map((ch) => ch.text), c.explanation]),
    ...(l.claims ?? []).flatMap((c) => [c.claim, c.facts, ...(c.demo ? [c.demo.watch, c.demo.goal.text] : []), c.whyNoDemo ?? '']),
  ];
}
const ALL_TEXT = lessons().flatMap(lessonTexts);

/**
 * The jargon the reviews found unexplained (teaching review C6, classroom
 * review 13) and the protocol words the lessons lean on. Whenever one of them
 * is used in lesson text, the glossary must define it.
 */
const JARGON = [
  'maildrop', 'octet', 'octets', 'UID', 'UIDs', 'unique-id', 'UIDL', 'durable', 'durably', 'UPDATE', 'TRANSACTION', 'AUTHORIZATION',
  'autologout', 'segment', 'dot-stuffing', 'gap', 'half-open', 'lock', 'locks', 'marked', 'marks', 'custody', 'custody ledger',
  'commit order', 'client → server', 'server → client', 'retransmission', 'retransmits', 'duplicate', 'duplicates', 'duplicated',
  'lost', 'APOP', 'CRAM-MD5', 'STLS', 'TLS', 'IMAP', 'SMTP', 'MTA', 'personality', 'leave on server',
];

// The lessons are English text (their translation is still to come), so they are read with the English glossary.
const english = vocabulary('en');
const linkTerms = (text: string, seen: Set<string>) => linkIn(text, seen, english);
const termsUsed = (texts: readonly string[]) => usedIn(texts, english);
const wordIn = (word: string, text: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'u').test(text);

describe('glossary', () => {
  it('has unique ids, and every entry has a term, forms and a plain definition', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const { id } of GLOSSARY) {
      const e = { ...glossaryEntry(id)!, ...glossaryWords(id, 'en') };
      expect(e.forms.length, e.id).toBeGreaterThan(0);
      expect(e.definition.length, e.id).toBeGreaterThan(30);
      expect(e.definition, `${e.id}: learners never read c2s/s2c`).not.toMatch(/\b(c2s|s2c)\b/);
      if (e.rfc !== undefined) expect(e.rfc, e.id).toMatch(/^RFC \d+/);
    }
  });

  it('every cross-reference resolves to another entry', () => {
    for (const e of GLOSSARY) {
      for (const ref of e.see ?? []) {
        expect(glossaryEntry(ref), `${e.id} → ${ref}`).toBeDefined();
        expect(ref, `${e.id} refers to itself`).not.toBe(e.id);
      }
    }
  });

  it('each form of an entry links to that entry (no form is shadowed by another)', () => {
    for (const language of ['en', 'es', 'de'] as const) {
      for (const e of GLOSSARY) {
        for (const form of glossaryWords(e.id, language).forms) {
          expect(usedIn([`see ${form} here`], vocabulary(language)), `${language} ${e.id}: "${form}"`).toEqual([e.id]);
        }
      }
    }
  });

  it('the review\'s required terms are all defined (maildrop, octet, UID, durable, UPDATE, autologout, segment, dot-stuffing, gap, half-open, lock, marked, custody, ...)', () => {
    for (const word of JARGON) expect(termsUsed([word]), word).toHaveLength(1);
  });

  it('every glossary term used in lesson text is defined', () => {
    const used = JARGON.filter((w) => ALL_TEXT.some((t) => wordIn(w, t)));
    expect(used.length).toBeGreaterThan(15);
    for (const word of used) {
      const text = ALL_TEXT.find((t) => wordIn(word, t))!;
      expect(termsUsed([text]).length, `"${word}" in: ${text}`).toBeGreaterThan(0);
      expect(termsUsed([word]), word).toHaveLength(1);
    }
  });

  it('lesson text says "client → server", never c2s/s2c', () => {
    for (const t of ALL_TEXT) expect(t).not.toMatch(/\b(c2s|s2c)\b/);
  });

  it('links only the first use of a term in a panel, and keeps the text intact', () => {
    const seen = new Set<string>();
    const first = linkTerms('The maildrop is locked; the maildrop stays.', seen);
    expect(first.map((p) => p.text).join('')).toBe('The maildrop is locked; the maildrop stays.');
    expect(first.filter((p) => p.id).map((p) => [p.text, p.id])).toEqual([['maildrop', 'maildrop'], ['locked', 'lock']]);
    const second = linkTerms('Another maildrop.', seen);
    expect(second).toEqual([{ text: 'Another maildrop.' }]);
  });

  it('RFC 1939 §6: the state UPDATE is a term, the word "update" is not', () => {
    expect(termsUsed(['the server enters UPDATE'])).toEqual(['update']);
    expect(termsUsed(['an update to the page'])).toEqual([]);
    expect(termsUsed(['UIDL lists UIDs'])).toEqual(['uid']);
  });
});
