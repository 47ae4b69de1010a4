/**
 * The glossary: the words of POP Lab a learner may not know, each defined
 * plainly and tied to the RFC that defines it (review C6, classroom review
 * 13). Data only, DOM-free: the lesson panel, the presenter notes and any
 * other panel link a term's first use to its entry with `linkTerms`.
 *
 * Rules of this module:
 * - The words themselves (the heading, the forms, the definition) are in the
 *   message catalogue, per language (glossary_<id>Term, …Forms, …Definition;
 *   src/i18n/glossary-words.ts reads them); this module holds what does not
 *   depend on the language, and is handed a `Vocabulary` to link text.
 * - `forms` are the words that refer to an entry in running text; they are
 *   matched on word boundaries, case-insensitively unless `caseSensitive`
 *   (POP3's state names are written in capitals: "UPDATE" is the state,
 *   "update" is an ordinary word).
 * - `see` names other entries by id; glossary.test.ts checks that every
 *   reference resolves and that the jargon used in lesson text is defined.
 */

export interface GlossaryEntry {
  readonly id: GlossaryId;
  readonly caseSensitive?: boolean;
  readonly rfc?: string;
  /** Related entries, by id. */
  readonly see?: readonly GlossaryId[];
}

/** An entry's words in one language. */
export interface GlossaryWords {
  /** The heading of the entry. */
  readonly term: string;
  /** The words that refer to this entry in running text (see the module rules). */
  readonly forms: readonly string[];
  readonly definition: string;
}

/** The glossary's words in one language. */
export interface Vocabulary {
  /** Which language: linking caches one matcher per language. */
  readonly language: string;
  words(id: GlossaryId): GlossaryWords;
}

export const GLOSSARY_IDS = ['maildrop', 'octet', 'uid', 'durable', 'authorization', 'transaction', 'update', 'marked', 'lock', 'autologout', 'segment', 'retransmission', 'half-open', 'dot-stuffing', 'custody', 'duplicate', 'lost', 'gap', 'commit-order', 'direction', 'leave-on-server', 'personality', 'apop', 'cram-md5', 'tls', 'imap', 'smtp'] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export const GLOSSARY: readonly GlossaryEntry[] = Object.freeze([
  {
    id: 'maildrop',
    rfc: 'RFC 1939 §1',
    see: ['lock', 'smtp'],
  },
  {
    id: 'octet',
    rfc: 'RFC 1939 §11',
    see: ['segment'],
  },
  {
    id: 'uid',
    caseSensitive: true,
    rfc: 'RFC 1939 §7',
    see: ['leave-on-server'],
  },
  {
    id: 'durable',
    see: ['commit-order', 'custody'],
  },
  {
    id: 'authorization',
    caseSensitive: true,
    rfc: 'RFC 1939 §4',
    see: ['transaction', 'lock'],
  },
  {
    id: 'transaction',
    caseSensitive: true,
    rfc: 'RFC 1939 §5',
    see: ['marked', 'update'],
  },
  {
    id: 'update',
    caseSensitive: true,
    rfc: 'RFC 1939 §6',
    see: ['marked', 'transaction'],
  },
  {
    id: 'marked',
    rfc: 'RFC 1939 §5, §6; RFC 937 "ACKD"',
    see: ['update'],
  },
  {
    id: 'lock',
    rfc: 'RFC 1939 §4; RFC 2449 §8.1.2',
    see: ['half-open', 'autologout'],
  },
  {
    id: 'autologout',
    rfc: 'RFC 1939 §3',
    see: ['lock', 'half-open'],
  },
  {
    id: 'segment',
    see: ['retransmission', 'octet'],
  },
  {
    id: 'retransmission',
    rfc: 'RFC 9293 §3.8',
    see: ['segment', 'half-open'],
  },
  {
    id: 'half-open',
    rfc: 'RFC 9293 §3.5.1; RFC 1939 §3',
    see: ['autologout', 'lock'],
  },
  {
    id: 'dot-stuffing',
    rfc: 'RFC 1939 §3',
  },
  {
    id: 'custody',
    see: ['gap', 'duplicate', 'lost'],
  },
  {
    id: 'duplicate',
    see: ['custody'],
  },
  {
    id: 'lost',
    see: ['custody', 'durable'],
  },
  {
    id: 'gap',
    see: ['custody', 'leave-on-server'],
  },
  {
    id: 'commit-order',
    rfc: 'RFC 1939 §6, §7',
    see: ['durable', 'uid'],
  },
  {
    id: 'direction',
  },
  {
    id: 'leave-on-server',
    rfc: 'RFC 1939 §7, §8',
    see: ['uid', 'gap', 'imap'],
  },
  {
    id: 'personality',
  },
  {
    id: 'apop',
    caseSensitive: true,
    rfc: 'RFC 1939 §7, §13',
    see: ['cram-md5', 'tls'],
  },
  {
    id: 'cram-md5',
    caseSensitive: true,
    rfc: 'RFC 2195',
    see: ['apop', 'tls'],
  },
  {
    id: 'tls',
    caseSensitive: true,
    rfc: 'RFC 2595 §4; RFC 8314 §3.1',
  },
  {
    id: 'imap',
    caseSensitive: true,
    rfc: 'RFC 9051; RFC 1939 §8',
    see: ['leave-on-server'],
  },
  {
    id: 'smtp',
    caseSensitive: true,
    rfc: 'RFC 5321; RFC 6409; RFC 8314',
    see: ['maildrop'],
  },
]);

const BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(GLOSSARY.map((e) => [e.id, e]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return BY_ID.get(id);
}

/** A piece of running text: plain, or the words of a glossary term (`id`). */
export interface TextPiece {
  readonly text: string;
  readonly id?: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface FormMatcher {
  readonly re: RegExp;
  readonly idOf: (matched: string) => string | undefined;
}

function buildMatcher(vocabulary: Vocabulary): FormMatcher {
  const forms: Array<{ form: string; id: string; cs: boolean }> = [];
  for (const e of GLOSSARY) for (const form of vocabulary.words(e.id).forms) forms.push({ form, id: e.id, cs: e.caseSensitive === true });
  // Longest first, so "custody ledger" wins over "custody" and "UIDL" over "UID".
  forms.sort((a, b) => b.form.length - a.form.length);
  // Word boundaries that also work next to "→" and "-": not preceded/followed by a letter, digit or hyphen.
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(${forms.map((f) => escape(f.form)).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const exact = new Map(forms.filter((f) => f.cs).map((f) => [f.form, f.id]));
  const folded = new Map(forms.filter((f) => !f.cs).map((f) => [f.form.toLowerCase(), f.id]));
  return { re, idOf: (m) => exact.get(m) ?? folded.get(m.toLowerCase()) };
}

const matchers = new Map<string, FormMatcher>();

/**
 * Splits `text` into plain pieces and glossary terms. Only the first use of
 * each entry is linked: `seen` holds the ids already linked in this panel and
 * is updated. Pass a fresh set to link every entry's first use in `text`.
 */
export function linkTerms(text: string, seen: Set<string>, vocabulary: Vocabulary): readonly TextPiece[] {
  let matcher = matchers.get(vocabulary.language);
  if (!matcher) matchers.set(vocabulary.language, (matcher = buildMatcher(vocabulary)));
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(matcher.re)) {
    const id = matcher.idOf(m[0]);
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (m.index > last) pieces.push({ text: text.slice(last, m.index) });
    pieces.push({ text: m[0], id });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** The ids of every glossary entry used anywhere in these texts, in order of first use. */
export function termsUsed(texts: readonly string[], vocabulary: Vocabulary): readonly string[] {
  const seen = new Set<string>();
  for (const t of texts) linkTerms(t, seen, vocabulary);
  return [...seen];
}
