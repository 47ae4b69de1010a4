/**
 * The terminal's one declarative table of commands: each protocol's POP
 * commands (syntax and one-line help) and the terminal's own meta-commands.
 * `help`, `help CMD` and Tab completion all read this table and nothing else.
 *
 * This is presentation data, not protocol rules: the table never stops a
 * line from reaching the server. The server engine alone decides whether a
 * command is valid in its current state, and answers -ERR if not.
 */
import type { Protocol } from '../../protocol/engine.ts';
import { HELP_META, HELP_POP1, HELP_POP2, HELP_POP3, TEXT } from './catalogue.ts';

export interface CommandSpec {
  /** The keyword as sent on the wire (POP) or typed (meta). */
  readonly name: string;
  /** Syntax shown by help, e.g. "RETR msg". */
  readonly syntax: string;
  readonly help: string;
  /** Local commands never go on the wire. */
  readonly meta: boolean;
}

/** `help` is a catalogue message, read when shown, so it follows the language. */
function pop(syntax: string, help: () => string): CommandSpec {
  return { name: syntax.split(' ')[0]!, syntax, get help() { return help(); }, meta: false };
}

function meta(name: string, syntax: string, help: () => string): CommandSpec {
  return { name, syntax, get help() { return help(); }, meta: true };
}

export const POP_COMMANDS: Readonly<Record<Protocol, readonly CommandSpec[]>> = {
  pop3: [
    pop('USER name', HELP_POP3.USER),
    pop('PASS string', HELP_POP3.PASS),
    pop('APOP name digest', HELP_POP3.APOP),
    pop('AUTH mechanism [initial-response]', HELP_POP3.AUTH),
    pop('STLS', HELP_POP3.STLS),
    pop('CAPA', HELP_POP3.CAPA),
    pop('STAT', HELP_POP3.STAT),
    pop('LIST [msg]', HELP_POP3.LIST),
    pop('RETR msg', HELP_POP3.RETR),
    pop('DELE msg', HELP_POP3.DELE),
    pop('NOOP', HELP_POP3.NOOP),
    pop('RSET', HELP_POP3.RSET),
    pop('TOP msg n', HELP_POP3.TOP),
    pop('UIDL [msg]', HELP_POP3.UIDL),
    pop('QUIT', HELP_POP3.QUIT),
  ],
  pop2: [
    pop('HELO user password', HELP_POP2.HELO),
    pop('FOLD mailbox', HELP_POP2.FOLD),
    pop('READ [n]', HELP_POP2.READ),
    pop('RETR', HELP_POP2.RETR),
    pop('ACKS', HELP_POP2.ACKS),
    pop('ACKD', HELP_POP2.ACKD),
    pop('NACK', HELP_POP2.NACK),
    pop('QUIT', HELP_POP2.QUIT),
  ],
  pop1: [
    pop('USER name', HELP_POP1.USER),
    pop('PASS password', HELP_POP1.PASS),
    pop('RETR mailbox', HELP_POP1.RETR),
    pop('RDEL mailbox', HELP_POP1.RDEL),
    pop('RCEV', HELP_POP1.RCEV),
    pop('RCVD', HELP_POP1.RCVD),
    pop('RSET', HELP_POP1.RSET),
    pop('NOOP', HELP_POP1.NOOP),
    pop('QUIT', HELP_POP1.QUIT),
  ],
};

export const META_COMMANDS: readonly CommandSpec[] = [
  meta('help', 'help [command]', HELP_META.help),
  meta('clear', 'clear', HELP_META.clear),
  meta('connect', 'connect', HELP_META.connect),
  meta('reset', 'reset', HELP_META.reset),
];

export const PROTOCOL_NAMES: Readonly<Record<Protocol, string>> = { pop1: 'POP1', pop2: 'POP2', pop3: 'POP3' };

/** Every command the terminal offers for this protocol: the POP ones, then the meta-commands. */
export function commandsFor(protocol: Protocol): readonly CommandSpec[] {
  return [...POP_COMMANDS[protocol], ...META_COMMANDS];
}

/** The command a typed name stands for: POP keywords in any case (RFC 1939 §3), meta-commands in lower case. */
export function findCommand(protocol: Protocol, name: string): CommandSpec | undefined {
  return (
    POP_COMMANDS[protocol].find((c) => c.name === name.toUpperCase()) ?? META_COMMANDS.find((c) => c.name === name)
  );
}

export type MetaAction =
  | { readonly type: 'help'; readonly topic?: string }
  | { readonly type: 'clear' }
  | { readonly type: 'connect' }
  | { readonly type: 'reset' };

/**
 * A typed line that is a meta-command, or null if the line goes to the
 * server. Meta-commands are lower case only, so "HELP"/"RSET" typed in
 * capitals still reach a server that might know them.
 */
export function parseMeta(line: string): MetaAction | null {
  const words = line.trim().split(/\s+/);
  switch (words[0]) {
    case 'help':
      return words[1] ? { type: 'help', topic: words[1] } : { type: 'help' };
    case 'clear':
      return words.length === 1 ? { type: 'clear' } : null;
    case 'connect':
      return words.length === 1 ? { type: 'connect' } : null;
    case 'reset':
      return words.length === 1 ? { type: 'reset' } : null;
    default:
      return null;
  }
}

/** The lines `help` or `help CMD` prints. */
export function helpLines(protocol: Protocol, topic?: string): string[] {
  if (topic !== undefined) {
    const spec = findCommand(protocol, topic);
    return spec ? [spec.syntax, `  ${spec.help}`] : [TEXT.unknownHelp(topic)];
  }
  const width = Math.max(...commandsFor(protocol).map((c) => c.syntax.length));
  const row = (c: CommandSpec) => `  ${c.syntax.padEnd(width)}  ${c.help}`;
  return [
    TEXT.helpHeader(PROTOCOL_NAMES[protocol]),
    ...POP_COMMANDS[protocol].map(row),
    TEXT.metaHeader,
    ...META_COMMANDS.map(row),
  ];
}

export interface Completion {
  /** The line after completion (unchanged if nothing or several things match and share no longer prefix). */
  readonly line: string;
  /** Every command that matches what was typed (more than one: show them). */
  readonly candidates: readonly string[];
}

/**
 * Tab completion of the first word, from the table. POP keywords complete in
 * upper case (what the RFCs write), meta-commands in lower case; a unique
 * match gets a trailing space. After the first word, the arguments are the
 * learner's to type, except `help`, whose argument is a command name.
 */
export function complete(protocol: Protocol, line: string): Completion {
  const helpArg = /^(help\s+)(\S*)$/.exec(line);
  if (helpArg) {
    const names = POP_COMMANDS[protocol].map((c) => c.name).concat(META_COMMANDS.map((c) => c.name));
    return completeWord(helpArg[1]!, helpArg[2]!, names);
  }
  if (/\s/.test(line)) return { line, candidates: [] };
  return completeWord('', line, commandsFor(protocol).map((c) => c.name));
}

function completeWord(before: string, word: string, names: readonly string[]): Completion {
  const unique = [...new Set(names)];
  const candidates = unique.filter((n) => n.toLowerCase().startsWith(word.toLowerCase()));
  if (candidates.length === 0) return { line: before + word, candidates };
  if (candidates.length === 1) return { line: `${before}${candidates[0]} `, candidates };
  // Several: extend to their longest common prefix (case-insensitively),
  // keeping the learner's own letters when that adds nothing.
  let prefix = candidates[0]!;
  for (const c of candidates) {
    while (!c.toLowerCase().startsWith(prefix.toLowerCase())) prefix = prefix.slice(0, -1);
  }
  return { line: before + (prefix.length > word.length ? prefix : word), candidates };
}

/**
 * The buttons under the text box, for phones and wherever xterm cannot take
 * input: logging in, then the commands of a typical session, in order.
 */
export function quickCommands(protocol: Protocol, user: string, secret: string): readonly string[] {
  switch (protocol) {
    case 'pop3':
      return [`USER ${user}`, `PASS ${secret}`, 'STAT', 'LIST', 'RETR 1', 'DELE 1', 'QUIT'];
    case 'pop2':
      return [`HELO ${user} ${secret}`, 'READ', 'RETR', 'ACKS', 'ACKD', 'QUIT'];
    case 'pop1':
      return [`USER ${user}`, `PASS ${secret}`, `RETR ${user}`, 'RCEV', 'RCVD', 'QUIT'];
  }
}
