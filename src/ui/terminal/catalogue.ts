/**
 * The terminal's English text: one-line help for each command, and the
 * panel's own words. Kept apart from the command table so a translation
 * only touches this file. The help says what each command asks the server
 * for, with the RFC section; whether a command is valid right now is for the
 * server engine to decide, not for this text.
 */
export const HELP_POP3 = {
  USER: 'Names the maildrop to open; PASS must follow (RFC 1939 §7).',
  PASS: 'Gives the password for the USER just named; on +OK the maildrop is locked (RFC 1939 §7).',
  APOP: 'Logs in with an MD5 digest of the greeting timestamp and the secret, no password on the wire (RFC 1939 §7).',
  AUTH: 'Logs in with a SASL mechanism such as PLAIN or CRAM-MD5 (RFC 5034).',
  STLS: 'Asks to switch the connection to TLS before logging in (RFC 2595 §4).',
  CAPA: 'Lists what this server can do (RFC 2449 §5).',
  STAT: 'Counts the messages and their octets, leaving out marked ones (RFC 1939 §5).',
  LIST: 'Lists the size of every message, or of message n (RFC 1939 §5).',
  RETR: 'Sends message n, dot-stuffed and ended by a line with a single dot (RFC 1939 §5).',
  DELE: 'Marks message n as deleted; nothing is removed before QUIT (RFC 1939 §5, §6).',
  NOOP: 'Does nothing; the server just says +OK (RFC 1939 §5).',
  RSET: 'Unmarks every message marked by DELE in this session (RFC 1939 §5).',
  TOP: 'Sends the headers of message n and its first k body lines (RFC 1939 §7).',
  UIDL: 'Lists the unique id of every message, or of message n (RFC 1939 §7).',
  QUIT: 'Ends the session; after login this is the UPDATE step that removes marked messages (RFC 1939 §6).',
} as const;

export const HELP_POP2 = {
  HELO: 'Logs in with user and password and selects the default mailbox; the reply #n counts its messages (RFC 937).',
  FOLD: 'Selects another mailbox; the reply #n counts its messages (RFC 937).',
  READ: 'Makes message n (or the current one) current; the reply =c gives its length, =0 if there is none (RFC 937).',
  RETR: 'Sends the current message: exactly c characters, no status line, no terminator (RFC 937).',
  ACKS: 'Received and kept: move to the next message (RFC 937).',
  ACKD: 'Received, delete it: marks it and moves to the next message (RFC 937).',
  NACK: 'Not received: keep it and stay on the same message (RFC 937).',
  QUIT: 'Ends the session; the mailbox is released (RFC 937).',
} as const;

export const HELP_POP1 = {
  USER: 'Names the user; PASS must follow (RFC 918).',
  PASS: 'Gives the password; together with USER it opens access to the mailbox (RFC 918).',
  RETR: 'Starts a reading transaction on a mailbox that deletes nothing; the reply #c gives its size in characters (RFC 918).',
  RDEL: 'Starts a reading transaction that deletes the mailbox contents at RCVD (RFC 918).',
  RCEV: 'Ready to receive: the server sends the whole mailbox (RFC 918).',
  RCVD: 'Received and accepted: ends the transaction; after RDEL this is when deletion happens (RFC 918).',
  RSET: 'Aborts the reading transaction; nothing is deleted (RFC 918).',
  NOOP: 'Does nothing; the server says +OK (RFC 918).',
  QUIT: 'Ends the session (RFC 918).',
} as const;

export const HELP_META = {
  help: 'Lists the commands, or explains one: help RETR.',
  clear: 'Clears the screen (the session goes on).',
  connect: 'Opens a new connection to the same server after the last one closed.',
  reset: 'Starts over: a new server with the scenario\'s maildrop, and a new session.',
} as const;

export const TEXT = {
  panelTitle: 'Terminal',
  transcriptLabel: 'Terminal transcript',
  inputLabel: 'POP command',
  send: 'Send',
  quickLabel: 'Quick commands',
  xtermLabel: 'POP terminal (type commands, Tab completes, arrows recall history)',
  loading: 'Loading the terminal…',
  xtermFailed: 'The interactive terminal could not be loaded; type your commands in the box below instead.',
  intro: (protocol: string, user: string, secret: string) =>
    `You are the mail client, talking ${protocol} by hand. Log in as ${user} with the password ${secret}. Type help for the commands.`,
  connecting: (host: string) => `Connecting to ${host}…`,
  closed: 'Connection closed. Type connect to open a new one, or reset to start over.',
  alreadyConnected: 'Already connected: the session is open.',
  notConnected: 'Not connected. Type connect to open a new connection, or reset to start over.',
  cleared: 'Screen cleared.',
  resetDone: 'New server, new session.',
  helpHeader: (protocol: string) => `${protocol} commands (the server decides what is valid right now):`,
  metaHeader: 'Terminal commands:',
  unknownHelp: (name: string) => `No help for "${name}". Type help for the list.`,
  noReply: 'No reply yet: the reply was lost or is still on its way.',
  error: (message: string) => `Error: ${message}`,
  completions: (names: string) => `Completions: ${names}`,
  noFork:
    'A fault cannot be placed in the past of a typed session. Type the commands again (reset starts over), or show the scenario again to place faults on its timeline.',
  onStage: 'The stage shows your terminal session: each command you type moves it.',
  offStage: 'The stage shows the scenario. Type a command to show your session there.',
  showScenario: 'Show the scenario again',
  showSession: 'Show my session on the stage',
} as const;
