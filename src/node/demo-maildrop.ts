/**
 * The maildrop `npm run serve` offers when no `--messages DIR` is given, and
 * the loader for `--messages DIR`.
 *
 * Rules of this module:
 * - Files are read as octets (Buffer 'latin1': one char = one octet), so 8-bit
 *   mail reaches the client byte for byte.
 * - Line ends are normalised to CRLF, the form POP puts on the wire and the
 *   form whose size LIST and STAT report (RFC 1939 §11). A message that does
 *   not end in a line end gets a CRLF, because every RFC 5322 line ends in one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CRLF, toCrlf, type Octets } from '../protocol/octets.ts';
import { PostOffice } from '../protocol/maildrop.ts';

export const DEMO_USER = 'alice';
export const DEMO_PASSWORD = 'secret';

/** Friendly messages for the demo maildrop, written with LF; stored as CRLF. */
export const DEMO_MESSAGES: readonly string[] = [
  `From: POP Lab <postmaster@pop.example.org>
To: Alice <alice@pop.example.org>
Subject: Welcome to POP Lab
Date: Mon, 06 Jan 2025 09:00:00 +0000
Message-ID: <welcome.1@pop.example.org>

Hello Alice,

You are talking to the POP Lab server over a real TCP connection.
In POP3, try STAT, LIST, UIDL and RETR 1. Then DELE 1 and QUIT, and
connect again: the message is gone. DELE 1 and just close the
connection instead, and it is still there: RFC 1939 section 6 removes
nothing until the UPDATE state, which only QUIT reaches.

-- 
The POP Lab postmaster
`,
  `From: Bob <bob@example.com>
To: Alice <alice@pop.example.org>
Subject: Lines that start with a dot
Date: Tue, 07 Jan 2025 10:30:00 +0000
Message-ID: <dots.2@example.com>

A few lines below start with a dot. On the wire the server sends each
of them with one more dot in front (RFC 1939 section 3, byte-stuffing),
and your client takes it off again. Watch RETR 2 in a raw session.

.profile and .bashrc are hidden files.
.
The line above holds a single dot; it does not end the message.
`,
  `From: Carol <carol@example.net>
To: Alice <alice@pop.example.org>
Subject: Lunch on Friday?
Date: Wed, 08 Jan 2025 12:15:00 +0000
Message-ID: <lunch.3@example.net>

Hi Alice,

Shall we try the new place on the corner on Friday? They have soup,
salad and very good bread, and they open at noon.

I can book a table for two if you tell me by Thursday.

See you,
Carol
`,
  `From: Dave <dave@example.org>
To: Alice <alice@pop.example.org>
Subject: Keep or delete?
Date: Thu, 09 Jan 2025 08:00:00 +0000
Message-ID: <keep.4@example.org>

Alice,

A client set to "leave messages on the server" remembers each message's
UIDL and downloads only new ones. A client set to delete sends DELE after
it has saved the message, and the server removes it at QUIT.

Dave
`,
];

/** Normalises one message to CRLF form, ending in CRLF. */
export function normaliseMessage(octets: Octets): Octets {
  const crlf = toCrlf(octets);
  return crlf.endsWith(CRLF) ? crlf : crlf + CRLF;
}

/**
 * Reads each regular file in `dir`, in name order, as one RFC 5322 message.
 * Hidden files (names starting with ".") are skipped. Throws an Error with a
 * readable message when the directory cannot be read, holds no message, or a
 * file is empty.
 */
export function loadMessagesFromDir(dir: string): Octets[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new Error(`cannot read message directory ${dir}: ${(error as Error).message}`);
  }
  const messages: Octets[] = [];
  for (const name of [...names].sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const octets = readFileSync(path).toString('latin1');
    if (octets.length === 0) throw new Error(`message file ${path} is empty`);
    messages.push(normaliseMessage(octets));
  }
  if (messages.length === 0) throw new Error(`message directory ${dir} holds no message files`);
  return messages;
}

export interface DemoPostOfficeOptions {
  readonly user?: string;
  readonly password?: string;
  /** Messages in any line-end form; defaults to {@link DEMO_MESSAGES}. */
  readonly messages?: readonly Octets[];
  readonly hostname?: string;
}

/** A post office with one account holding the demo (or given) messages. */
export function createDemoPostOffice(options: DemoPostOfficeOptions = {}): PostOffice {
  const office = new PostOffice(options.hostname);
  const account = office.addAccount(options.user ?? DEMO_USER, options.password ?? DEMO_PASSWORD);
  for (const message of options.messages ?? DEMO_MESSAGES) account.maildrop.deliver(normaliseMessage(message));
  return office;
}
