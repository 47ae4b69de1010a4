/**
 * `npm run serve`: the POP Lab server engine as a real TCP server, for telnet,
 * curl, Python's poplib, Thunderbird and friends.
 *
 *   npm run serve -- --port 1110 --protocol pop3 --personality rfc
 *
 * Prints `listening on HOST:PORT` on stdout once the socket is bound (port 0
 * picks a free port and prints the real one). Bad flags print a clear message
 * on stderr and exit with status 2.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parsePersonality, personalityName, type Personality, type Protocol, type ProtocolEvent } from '../protocol/engine.ts';
import { SERVER_FACTORIES, startBridge } from './bridge.ts';
import { createDemoPostOffice, DEMO_PASSWORD, DEMO_USER, loadMessagesFromDir } from './demo-maildrop.ts';

export const USAGE = `Usage: npm run serve -- [options]

Serves a POP Lab maildrop over TCP so real mail clients can talk to it.

Options:
  --host HOST            address to listen on (default 127.0.0.1)
  --port PORT            TCP port, 0 for any free port (default 1110)
  --protocol NAME        pop3, pop2 or pop1 (default pop3)
  --user NAME            account name (default ${DEMO_USER})
  --password SECRET      account password, also the APOP secret (default ${DEMO_PASSWORD})
  --messages DIR         load each file in DIR, in name order, as one RFC 5322
                         message (LF or CRLF); default: a built-in demo maildrop
  --personality NAME     rfc | expunge-on-dele | download-once | no-uidl |
                         retention-days N | no-dot-stuffing | login-delay N |
                         update-fails | read-only | uids-reassigned (default rfc)
  --verbose              log each connection's commands, replies and removals
                         on stderr (passwords masked)
  --help                 show this help

Try:  curl -s pop3://127.0.0.1:1110/ -u ${DEMO_USER}:${DEMO_PASSWORD}
      telnet 127.0.0.1 1110   (then USER ${DEMO_USER}, PASS ${DEMO_PASSWORD}, STAT, RETR 1, QUIT)
`;

export interface ServeConfig {
  readonly host: string;
  readonly port: number;
  readonly protocol: Protocol;
  readonly user: string;
  readonly password: string;
  readonly messagesDir: string | null;
  readonly personality: Personality;
  readonly verbose: boolean;
}

export type ParsedServeArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'config'; readonly config: ServeConfig }
  | { readonly kind: 'error'; readonly message: string };

const PROTOCOLS: readonly Protocol[] = ['pop3', 'pop2', 'pop1'];

/** Parses serve's flags; never throws on bad input. */
export function parseServeArgs(argv: readonly string[]): ParsedServeArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        protocol: { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        messages: { type: 'string' },
        personality: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help === true) return { kind: 'help' };

  // `--personality retention-days 30` arrives as the value plus one positional.
  let personalityText = typeof values.personality === 'string' ? values.personality : 'rfc';
  const rest = [...positionals];
  if (personalityText === 'retention-days' && rest.length > 0) personalityText += ` ${rest.shift() ?? ''}`;
  if (rest.length > 0) return { kind: 'error', message: `unexpected argument "${rest[0] ?? ''}"` };

  const personality = parsePersonality(personalityText);
  if ('error' in personality) return { kind: 'error', message: `--personality: ${personality.error}` };

  const portText = typeof values.port === 'string' ? values.port : '1110';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535) {
    return { kind: 'error', message: `--port: "${portText}" is not a port number (0-65535; 0 picks a free port)` };
  }
  const protocolText = typeof values.protocol === 'string' ? values.protocol.toLowerCase() : 'pop3';
  const protocol = PROTOCOLS.find((p) => p === protocolText);
  if (!protocol) return { kind: 'error', message: `--protocol: "${protocolText}" is not one of ${PROTOCOLS.join(', ')}` };

  const user = typeof values.user === 'string' ? values.user : DEMO_USER;
  if (!/^[\x21-\x7e]{1,40}$/.test(user)) {
    return { kind: 'error', message: '--user: a user name is 1-40 printable characters without spaces (RFC 1939 §3)' };
  }
  const password = typeof values.password === 'string' ? values.password : DEMO_PASSWORD;
  if (password.length === 0 || /[\r\n]/.test(password)) {
    return { kind: 'error', message: '--password: must be non-empty and on one line' };
  }
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
  if (host.length === 0) return { kind: 'error', message: '--host: must not be empty' };

  return {
    kind: 'config',
    config: {
      host,
      port: Number(portText),
      protocol,
      user,
      password,
      messagesDir: typeof values.messages === 'string' ? values.messages : null,
      personality,
      verbose: values.verbose === true,
    },
  };
}

/**
 * Hides credentials in a command line shown in the verbose log. The keyword
 * is read the way a lenient server might (leading blanks skipped, any case,
 * letters only), so "pass secret", " PASS secret" or "PASS\x00secret" are
 * masked too: a refused command can still carry the learner's real password.
 */
export function maskCredentials(line: string): string {
  const match = /^\s*([A-Za-z]+)(.*)$/s.exec(line);
  const keyword = (match?.[1] ?? '').toUpperCase();
  const words = (match?.[2] ?? '').split(/[\s\x00]+/).filter((w) => w !== '');
  switch (keyword) {
    case 'PASS': // RFC 1939 §7, RFC 918
      return 'PASS ***';
    case 'APOP': // RFC 1939 §7: the digest is a password equivalent for this greeting
      return `APOP ${shown(words[0] ?? '')} ***`;
    case 'AUTH': // RFC 5034 §4: an initial response after the mechanism is a credential
      return `AUTH ${shown(words[0] ?? '')}${words.length > 1 ? ' ***' : ''}`;
    case 'HELO': // RFC 937: POP2 HELO carries the password as its second argument
      return `HELO ${shown(words[0] ?? '')} ***`;
    default:
      return shown(line);
  }
}

/** Longest piece of a peer's line quoted in the log; the rest is cut with an ellipsis. */
const LOG_QUOTE_CHARS = 200;

/**
 * A peer's text made safe for the operator's terminal: control characters
 * (C0, DEL, C1) become \xNN so a client cannot recolour or clear the
 * terminal that shows the log, and a long line is cut.
 */
function shown(text: string): string {
  const cut = text.length > LOG_QUOTE_CHARS ? `${text.slice(0, LOG_QUOTE_CHARS)}…` : text;
  return cut.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** One verbose log line for a protocol event, or null for events not worth a line. */
export function describeEvent(event: ProtocolEvent): string | null {
  switch (event.type) {
    case 'command':
      // RFC 5034 §4: every line sent during an AUTH exchange (PLAIN's base64
      // credentials, CRAM-MD5's user and digest, a "*" cancel) is a SASL
      // response and is never shown; the server tags them SASL-RESPONSE.
      if (event.keyword === 'SASL-RESPONSE') return 'C: *** (SASL response)';
      return `C: ${maskCredentials(event.line)}`;
    case 'reply':
      return `S: ${shown(event.line)}${event.multiline ? ' [data follows]' : ''}`;
    case 'state':
      return `state ${event.from} -> ${event.to} (${event.rfc})`;
    case 'removed':
      return `removed ${shown(event.uid)} (${event.reason}, ${event.rfc})`;
    case 'aborted':
      return `aborted: ${event.reason}; nothing removed (${event.rfc})`;
    case 'autologout':
      return `autologout (${event.rfc})`;
    case 'lock-refused':
      return `lock refused for ${shown(event.user)} (${event.rfc})`;
    default:
      return null;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseServeArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`serve: ${parsed.message}\nRun with --help for the options.\n`);
    return 2;
  }
  const { config } = parsed;

  let messages;
  try {
    messages = config.messagesDir === null ? undefined : loadMessagesFromDir(config.messagesDir);
  } catch (error) {
    process.stderr.write(`serve: --messages: ${(error as Error).message}\n`);
    return 2;
  }

  const createSession = SERVER_FACTORIES[config.protocol];

  const office = createDemoPostOffice({ user: config.user, password: config.password, ...(messages ? { messages } : {}) });
  const count = office.account(config.user)?.maildrop.messages.length ?? 0;

  let bridge;
  try {
    bridge = await startBridge({
      office,
      createSession,
      host: config.host,
      port: config.port,
      personality: config.personality,
      ...(config.verbose
        ? {
            onEvent: (connectionId: string, event: ProtocolEvent) => {
              const line = describeEvent(event);
              if (line !== null) process.stderr.write(`${connectionId} ${line}\n`);
            },
          }
        : {}),
    });
  } catch (error) {
    process.stderr.write(`serve: cannot listen on ${config.host}:${config.port}: ${(error as Error).message}\n`);
    return 1;
  }
  const shown = bridge.host.includes(':') ? `[${bridge.host}]` : bridge.host;
  process.stderr.write(
    `${config.protocol.toUpperCase()} server, personality ${personalityName(config.personality)}, ` +
      `user ${config.user} with ${count} message${count === 1 ? '' : 's'}\n`,
  );
  process.stdout.write(`listening on ${shown}:${bridge.port}\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await bridge.close();
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`serve: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
