/**
 * The glossary: the words of POP Lab a learner may not know, each defined
 * plainly and tied to the RFC that defines it (review C6, classroom review
 * 13). Data only, DOM-free: the lesson panel, the presenter notes and any
 * other panel link a term's first use to its entry with `linkTerms`.
 *
 * Rules of this module:
 * - `forms` are the words that refer to an entry in running text; they are
 *   matched on word boundaries, case-insensitively unless `caseSensitive`
 *   (POP3's state names are written in capitals: "UPDATE" is the state,
 *   "update" is an ordinary word).
 * - `see` names other entries by id; glossary.test.ts checks that every
 *   reference resolves and that the jargon used in lesson text is defined.
 */

export interface GlossaryEntry {
  readonly id: string;
  /** The heading of the entry. */
  readonly term: string;
  /** The words that refer to this entry in running text (see the module rules). */
  readonly forms: readonly string[];
  readonly caseSensitive?: boolean;
  readonly definition: string;
  readonly rfc?: string;
  /** Related entries, by id. */
  readonly see?: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = Object.freeze([
  {
    id: 'maildrop',
    term: 'maildrop',
    forms: ['maildrop', 'maildrops', 'mailbox'],
    definition: 'The mail waiting for one user on the server. POP reads it and may delete from it; the mail got there by SMTP, not by POP.',
    rfc: 'RFC 1939 §1',
    see: ['lock', 'smtp'],
  },
  {
    id: 'octet',
    term: 'octet',
    forms: ['octet', 'octets'],
    definition: 'Eight bits: one byte on the wire. POP counts message sizes in octets (LIST, STAT), including the CRLF at each line end.',
    rfc: 'RFC 1939 §11',
    see: ['segment'],
  },
  {
    id: 'uid',
    term: 'UID (unique-id)',
    forms: ['UID', 'UIDs', 'unique-id', 'unique-ids', 'UIDL', 'UID memory'],
    caseSensitive: true,
    definition: 'A name for a message that stays the same across sessions, listed by the UIDL command. Message numbers change from session to session; a client that leaves mail on the server remembers the UIDs it has saved, to fetch only new mail.',
    rfc: 'RFC 1939 §7',
    see: ['leave-on-server'],
  },
  {
    id: 'durable',
    term: 'durable',
    forms: ['durable', 'durably', 'on disk'],
    definition: 'Written to the device\'s disk so that it survives a crash or a power loss. A copy only in memory is volatile: a crash destroys it.',
    see: ['commit-order', 'custody'],
  },
  {
    id: 'authorization',
    term: 'AUTHORIZATION',
    forms: ['AUTHORIZATION'],
    caseSensitive: true,
    definition: 'The first state of a POP3 session: the client must identify itself (USER and PASS, APOP or AUTH) before it can touch the maildrop.',
    rfc: 'RFC 1939 §4',
    see: ['transaction', 'lock'],
  },
  {
    id: 'transaction',
    term: 'TRANSACTION',
    forms: ['TRANSACTION'],
    caseSensitive: true,
    definition: 'The POP3 state after a successful login: the client lists, reads and marks messages. Nothing is removed in this state.',
    rfc: 'RFC 1939 §5',
    see: ['marked', 'update'],
  },
  {
    id: 'update',
    term: 'UPDATE',
    forms: ['UPDATE'],
    caseSensitive: true,
    definition: 'The POP3 state the server enters only when QUIT arrives in TRANSACTION: it removes the marked messages, releases the lock and closes. A session that ends any other way never reaches UPDATE and removes nothing. (POP1 and POP2 have no UPDATE state.)',
    rfc: 'RFC 1939 §6',
    see: ['marked', 'transaction'],
  },
  {
    id: 'marked',
    term: 'marked (for deletion)',
    forms: ['marked', 'mark', 'marks'],
    definition: 'What DELE (POP3) and ACKD (POP2) do: the message stays on the server, flagged to be removed when the session commits. RSET clears the marks; so does any end of session without QUIT.',
    rfc: 'RFC 1939 §5, §6; RFC 937 "ACKD"',
    see: ['update'],
  },
  {
    id: 'lock',
    term: 'lock',
    forms: ['lock', 'locks', 'locked'],
    definition: 'A POP3 server gives one session at a time exclusive access to a maildrop; a second login meanwhile is refused (often "-ERR [IN-USE]"). The lock is released in UPDATE or when the session ends.',
    rfc: 'RFC 1939 §4; RFC 2449 §8.1.2',
    see: ['half-open', 'autologout'],
  },
  {
    id: 'autologout',
    term: 'autologout',
    forms: ['autologout'],
    definition: 'The server\'s inactivity timer, at least 10 minutes: it ends an idle session without entering UPDATE, so nothing is removed, and frees the lock.',
    rfc: 'RFC 1939 §3',
    see: ['lock', 'half-open'],
  },
  {
    id: 'segment',
    term: 'segment',
    forms: ['segment', 'segments'],
    definition: 'A piece of a TCP byte stream on the wire. In POP Lab one command or one reply is sent as one segment, delivered in chunks.',
    see: ['retransmission', 'octet'],
  },
  {
    id: 'retransmission',
    term: 'retransmission',
    forms: ['retransmission', 'retransmits', 'retransmitted'],
    definition: 'When a segment is lost, TCP sends it again after a timeout: the data arrives late, never with a hole in it. Data goes missing only when the connection itself dies.',
    rfc: 'RFC 9293 §3.8',
    see: ['segment', 'half-open'],
  },
  {
    id: 'half-open',
    term: 'half-open connection',
    forms: ['half-open', 'goes silent'],
    definition: 'A connection one end still believes is up after the other end vanished (Wi-Fi hand-over, NAT timeout, power loss). The client gives up after its own timeout; the server keeps the session and its lock until autologout.',
    rfc: 'RFC 9293 §3.5.1; RFC 1939 §3',
    see: ['autologout', 'lock'],
  },
  {
    id: 'dot-stuffing',
    term: 'dot-stuffing',
    forms: ['dot-stuffing', 'byte-stuffed', 'dot-stuffed'],
    definition: 'A multi-line reply ends with a line holding a single dot, so a message line that starts with a dot is sent with an extra dot in front, which the client removes.',
    rfc: 'RFC 1939 §3',
  },
  {
    id: 'custody',
    term: 'custody ledger',
    forms: ['custody ledger', 'custody'],
    definition: 'POP Lab\'s account of every message at the end of a run: delivered once, duplicated, lost (no complete copy anywhere) or gap, with the step where the last copy vanished.',
    see: ['gap', 'duplicate', 'lost'],
  },
  {
    id: 'duplicate',
    term: 'duplicate',
    forms: ['duplicate', 'duplicates', 'duplicated'],
    definition: 'A device holds two or more complete copies of one message, because it downloaded it again. Annoying, but nothing is gone.',
    see: ['custody'],
  },
  {
    id: 'lost',
    term: 'lost',
    forms: ['lost', 'loss'],
    definition: 'No complete copy of the message survives anywhere: not on the server, not on any device.',
    see: ['custody', 'durable'],
  },
  {
    id: 'gap',
    term: 'gap',
    forms: ['gap', 'gaps'],
    definition: 'A device never got a message although a copy exists elsewhere (another device took it and it was deleted from the server). Nothing is lost, but this device will never see it.',
    see: ['custody', 'leave-on-server'],
  },
  {
    id: 'commit-order',
    term: 'commit order',
    forms: ['commit order'],
    definition: 'Whether a client makes its copy durable before it confirms (safe: save, then DELE) or confirms first (unsafe, or pipelined RETR with DELE). In leave-on-server mode "confirming" is remembering the UID.',
    rfc: 'RFC 1939 §6, §7',
    see: ['durable', 'uid'],
  },
  {
    id: 'direction',
    term: 'client → server, server → client',
    forms: ['client → server', 'server → client', 'server-to-client', 'client-to-server'],
    definition: 'The two directions of the connection: commands travel client → server, replies and message data server → client.',
  },
  {
    id: 'leave-on-server',
    term: 'leave on server',
    forms: ['leave on server', 'leave-on-server', 'Leave on server'],
    definition: 'A client setting: download without DELE and remember UIDs. Lets several devices read the same mail, but it piles up on the server, and clients that delete after N days bring the gap back. RFC 1939 §8 calls it a weak version of IMAP.',
    rfc: 'RFC 1939 §7, §8',
    see: ['uid', 'gap', 'imap'],
  },
  {
    id: 'personality',
    term: 'server personality',
    forms: ['personality', 'personalities'],
    definition: 'How POP Lab\'s server behaves: conformant to the RFC, or like a real server that departs from it (expunge at DELE, download-once, no UIDL, retention of N days, ...).',
  },
  {
    id: 'apop',
    term: 'APOP',
    forms: ['APOP'],
    caseSensitive: true,
    definition: 'POP3 login with an MD5 digest of the greeting\'s timestamp and the secret, so the secret is not sent. The timestamp and digest on the wire still let an eavesdropper test guesses offline: only a long secret is safe.',
    rfc: 'RFC 1939 §7, §13',
    see: ['cram-md5', 'tls'],
  },
  {
    id: 'cram-md5',
    term: 'CRAM-MD5',
    forms: ['CRAM-MD5'],
    caseSensitive: true,
    definition: 'A SASL login (AUTH CRAM-MD5): the server sends a challenge, the client answers with an HMAC-MD5 of it keyed with the secret. Same strength and weakness as APOP.',
    rfc: 'RFC 2195',
    see: ['apop', 'tls'],
  },
  {
    id: 'tls',
    term: 'TLS, STLS and port 995',
    forms: ['TLS', 'STLS', 'implicit TLS', 'POP3S'],
    caseSensitive: true,
    definition: 'Encryption of the connection. STLS upgrades a port-110 session after the greeting (an active attacker can strip it); implicit TLS on port 995 encrypts from the first byte and is preferred since RFC 8314. Addresses, timing and sizes stay visible.',
    rfc: 'RFC 2595 §4; RFC 8314 §3.1',
  },
  {
    id: 'imap',
    term: 'IMAP',
    forms: ['IMAP'],
    caseSensitive: true,
    definition: 'The other mail access protocol: mail stays on the server, with read state, flags and folders shared by every device, and IDLE to hear of new mail at once. POP3 deliberately does none of this.',
    rfc: 'RFC 9051; RFC 1939 §8',
    see: ['leave-on-server'],
  },
  {
    id: 'smtp',
    term: 'SMTP and submission',
    forms: ['SMTP', 'MTA', 'submission'],
    caseSensitive: true,
    definition: 'How mail travels: a client submits outgoing mail on port 587 or 465 (submission), mail servers relay it with SMTP, and the receiving mail server (MTA) files it in the maildrop, where POP or IMAP read it.',
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

function buildMatcher(): FormMatcher {
  const forms: Array<{ form: string; id: string; cs: boolean }> = [];
  for (const e of GLOSSARY) for (const form of e.forms) forms.push({ form, id: e.id, cs: e.caseSensitive === true });
  // Longest first, so "custody ledger" wins over "custody" and "UIDL" over "UID".
  forms.sort((a, b) => b.form.length - a.form.length);
  // Word boundaries that also work next to "→" and "-": not preceded/followed by a letter, digit or hyphen.
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])(${forms.map((f) => escape(f.form)).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const exact = new Map(forms.filter((f) => f.cs).map((f) => [f.form, f.id]));
  const folded = new Map(forms.filter((f) => !f.cs).map((f) => [f.form.toLowerCase(), f.id]));
  return { re, idOf: (m) => exact.get(m) ?? folded.get(m.toLowerCase()) };
}

let matcher: FormMatcher | null = null;

/**
 * Splits `text` into plain pieces and glossary terms. Only the first use of
 * each entry is linked: `seen` holds the ids already linked in this panel and
 * is updated. Pass a fresh set to link every entry's first use in `text`.
 */
export function linkTerms(text: string, seen: Set<string>): readonly TextPiece[] {
  matcher ??= buildMatcher();
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
export function termsUsed(texts: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  for (const t of texts) linkTerms(t, seen);
  return [...seen];
}
