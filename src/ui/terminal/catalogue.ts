/**
 * The terminal's words, from the message catalogue (terminal_): one-line
 * help for each command, and the panel's own words. Kept apart from the
 * command table (commands.ts) so that table stays data. The help says what
 * each command asks the server for, with the RFC section; whether a command
 * is valid right now is for the server engine to decide, not for this text.
 * Command keywords (USER, RETR, +OK) stay as they are on the wire in every
 * language.
 */
import * as m from '../../i18n/paraglide/messages.js';

type Help = () => string;

export const HELP_POP3 = {
  USER: m.terminal_helpPop3User,
  PASS: m.terminal_helpPop3Pass,
  APOP: m.terminal_helpPop3Apop,
  AUTH: m.terminal_helpPop3Auth,
  STLS: m.terminal_helpPop3Stls,
  CAPA: m.terminal_helpPop3Capa,
  STAT: m.terminal_helpPop3Stat,
  LIST: m.terminal_helpPop3List,
  RETR: m.terminal_helpPop3Retr,
  DELE: m.terminal_helpPop3Dele,
  NOOP: m.terminal_helpPop3Noop,
  RSET: m.terminal_helpPop3Rset,
  TOP: m.terminal_helpPop3Top,
  UIDL: m.terminal_helpPop3Uidl,
  QUIT: m.terminal_helpPop3Quit,
} as const satisfies Record<string, Help>;

export const HELP_POP2 = {
  HELO: m.terminal_helpPop2Helo,
  FOLD: m.terminal_helpPop2Fold,
  READ: m.terminal_helpPop2Read,
  RETR: m.terminal_helpPop2Retr,
  ACKS: m.terminal_helpPop2Acks,
  ACKD: m.terminal_helpPop2Ackd,
  NACK: m.terminal_helpPop2Nack,
  QUIT: m.terminal_helpPop2Quit,
} as const satisfies Record<string, Help>;

export const HELP_POP1 = {
  USER: m.terminal_helpPop1User,
  PASS: m.terminal_helpPop1Pass,
  RETR: m.terminal_helpPop1Retr,
  RDEL: m.terminal_helpPop1Rdel,
  RCEV: m.terminal_helpPop1Rcev,
  RCVD: m.terminal_helpPop1Rcvd,
  RSET: m.terminal_helpPop1Rset,
  NOOP: m.terminal_helpPop1Noop,
  QUIT: m.terminal_helpPop1Quit,
} as const satisfies Record<string, Help>;

export const HELP_META = {
  help: m.terminal_helpMetaHelp,
  clear: m.terminal_helpMetaClear,
  connect: m.terminal_helpMetaConnect,
  reset: m.terminal_helpMetaReset,
} as const satisfies Record<string, Help>;

export const TEXT = {
  get panelTitle() { return m.terminal_panelTitle(); },
  get transcriptLabel() { return m.terminal_transcriptLabel(); },
  get inputLabel() { return m.terminal_inputLabel(); },
  get send() { return m.terminal_send(); },
  get quickLabel() { return m.terminal_quickLabel(); },
  get xtermLabel() { return m.terminal_xtermLabel(); },
  get loading() { return m.terminal_loading(); },
  get xtermFailed() { return m.terminal_xtermFailed(); },
  intro: (protocol: string, user: string, secret: string): string => m.terminal_intro({ protocol, user, secret }),
  connecting: (host: string): string => m.terminal_connecting({ host }),
  get closed() { return m.terminal_closed(); },
  get alreadyConnected() { return m.terminal_alreadyConnected(); },
  get notConnected() { return m.terminal_notConnected(); },
  get cleared() { return m.terminal_cleared(); },
  get resetDone() { return m.terminal_resetDone(); },
  helpHeader: (protocol: string): string => m.terminal_helpHeader({ protocol }),
  get metaHeader() { return m.terminal_metaHeader(); },
  unknownHelp: (name: string): string => m.terminal_unknownHelp({ name }),
  get noReply() { return m.terminal_noReply(); },
  error: (message: string): string => m.terminal_error({ message }),
  completions: (names: string): string => m.terminal_completions({ names }),
  get noFork() { return m.terminal_noFork(); },
  get onStage() { return m.terminal_onStage(); },
  get offStage() { return m.terminal_offStage(); },
  get showScenario() { return m.terminal_showScenario(); },
  get showSession() { return m.terminal_showSession(); },
};
