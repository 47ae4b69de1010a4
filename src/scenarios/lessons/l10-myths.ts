import type { Lesson } from './types.ts';

export const MYTHS_VS_FACTS: Lesson = {
  id: 'myths-vs-facts',
  title: 'Myths vs facts: the "POP versus POP3" table',
  summary:
    'A widely copied table compares "POP" with "POP3". Most of its rows are wrong. Each claim below comes with a run of the simulator that shows what the RFCs really say.',
  start: { scenario: 'pop1-rdel-session' },
  steps: [
    'Read each claim, then run its demonstration and compare the verdict with what you see.',
    'The table says "POP removes messages after download; POP3 keeps copies". This POP1 session of 1984 deletes with RDEL and RCVD.',
    'Switch Retention to "Leave on server" and play: the POP1 client uses RETR (read and keep) and the mailbox stays on the server.',
  ],
  goal: {
    text: 'Show that the 1984 POP1 could leave mail on the server.',
    all: [
      { type: 'protocol', protocol: 'pop1' },
      { type: 'event', match: { kind: 'command', where: { keyword: 'RETR' } } },
      { type: 'no-event', match: { kind: 'removed' } },
      { type: 'maildrop', status: 'present', min: 3 },
    ],
  },
  hints: ['POP1 had two read commands: RDEL (read and delete) and RETR (read and keep).'],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: 'Set Retention to "Leave on server". The POP1 client sends RETR instead of RDEL; RCVD then confirms receipt and the server keeps the mailbox (RFC 918).',
  },
  checkpoints: [
    {
      id: 'myths-vs-facts.pop1-retr',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^RETR' }, pause: 'before' },
      question: 'This POP1 client is about to send RETR rather than RDEL. What will the server do with the mailbox after RCVD?',
      choices: [
        { id: 'delete', text: 'Delete it: old POP always deleted after download.' },
        { id: 'keep', text: 'Keep it: RETR means read and keep.' },
        { id: 'refuse', text: 'Refuse RETR: it is a POP3 command.' },
      ],
      answer: 'keep',
      explanation:
        'RFC 918 has RDEL (read, then delete on RCVD) and RETR (read and keep). Keeping mail was possible from the start; what POP1 and POP2 lacked was a stable message identity, so keeping meant downloading everything again every time. POP3 made it practical with UIDL.',
      rfc: 'RFC 918 "The Protocol"',
    },
  ],
  claims: [
    {
      id: 'keeps-mail',
      claim: 'POP removes messages from the server after download; POP3 keeps copies on the server.',
      verdict: 'wrong',
      facts:
        'POP1 had RETR (keep) and RDEL (delete); POP2 had ACKS (keep) and ACKD (delete). In POP3 the client deletes with DELE, committed by QUIT; keeping is a client setting, made practical by UIDL. But servers may also delete on their own: site policy (RFC 1939 §8) and EXPIRE 0 (RFC 2449 §6.7) remove mail without any DELE.',
      rfc: 'RFC 918; RFC 937 "ACKD"; RFC 1939 §6, §7, §8; RFC 2449 §6.7',
      demo: {
        start: { scenario: 'pop2-ackd-session' },
        actions: [{ do: 'set-mode', mode: 'keep' }],
        goal: {
          text: 'A POP2 client keeps every message on the server with ACKS.',
          all: [
            { type: 'protocol', protocol: 'pop2' },
            { type: 'event', match: { kind: 'command', where: { keyword: 'ACKS' } }, min: 1 },
            { type: 'maildrop', status: 'present', min: 3 },
          ],
        },
      },
    },
    {
      id: 'ports',
      claim: 'POP uses port 110; POP3 uses 110, and 995 for POP3S.',
      verdict: 'wrong',
      facts:
        'POP1 and POP2 used port 109 (RFC 923, RFC 937); POP3 uses 110 (RFC 1081 onward). 995 is POP3 inside implicit TLS, not another protocol version: in use since the 1990s, discouraged by RFC 2595 §7 in 1999, made the preferred method by RFC 8314 §3.1 in 2018.',
      rfc: 'RFC 937 "Introduction"; RFC 1939 §3; RFC 8314 §3.1',
      demo: null,
      whyNoDemo: 'The simulator models the POP conversation, not TCP ports, so this row can only be checked against the RFCs.',
    },
    {
      id: 'stateless',
      claim: 'POP is stateless; POP3 is stateless with an option for stateful interactions.',
      verdict: 'wrong',
      facts:
        'Every version is a stateful session protocol: RFC 937 draws client and server state diagrams, and POP3 has AUTHORIZATION, TRANSACTION and UPDATE. What early servers lacked was memory between sessions.',
      rfc: 'RFC 937 "Server State Diagram"; RFC 1939 §3',
      demo: {
        start: { scenario: 'pop2-ackd-session' },
        actions: [],
        goal: {
          text: 'A single POP2 connection moves the server through several states.',
          all: [
            { type: 'protocol', protocol: 'pop2' },
            { type: 'event', match: { kind: 'connection', where: { change: 'opened' } }, min: 1, max: 1 },
            { type: 'event', match: { kind: 'server-state' }, min: 3 },
          ],
        },
      },
    },
    {
      id: 'persistent',
      claim: 'POP opens a new connection for each operation; POP3 supports persistent connections.',
      verdict: 'wrong',
      facts:
        'Every version runs many commands over one connection. None is built for long-lived sessions: POP3 holds an exclusive lock for the session, fixes the message list at login, and allows an autologout timer of at least 10 minutes; clients reconnect to check for new mail.',
      rfc: 'RFC 1939 §3, §4, §8',
      demo: {
        start: { scenario: 'f9-idle-autologout' },
        actions: [],
        goal: {
          text: 'One POP3 connection carries many commands, and an idle session is closed by autologout.',
          all: [
            { type: 'event', match: { kind: 'command', where: { session: 1 } }, min: 8 },
            { type: 'event', match: { kind: 'server-state', where: { explain: 'server.autologout' } } },
          ],
        },
      },
    },
    {
      id: 'encryption',
      claim: 'POP lacks encryption; POP3 offers POP3S (SSL/TLS).',
      verdict: 'half true',
      facts:
        'POP1 and POP2 predate SSL. Base POP3 has no encryption either: PASS and RETR travel in the clear. TLS came later: port 995 with TLS from the first byte was in use in the 1990s; STLS (RFC 2595, 1999) upgrades port 110 and RFC 2595 §7 discouraged 995; RFC 8314 (2018) made implicit TLS on 995 the preferred way, because STLS can be stripped by an attacker.',
      rfc: 'RFC 1939 §13; RFC 2595 §4, §7; RFC 8314 §3.1',
      demo: {
        start: { scenario: 'first-session' },
        actions: [],
        goal: {
          text: 'A POP3 client sends its password as plain text on the wire.',
          all: [
            { type: 'protocol', protocol: 'pop3' },
            { type: 'event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^PASS tanstaaf$' } },
          ],
        },
      },
    },
    {
      id: 'error-handling',
      claim: 'POP has limited error recovery; POP3 improved error handling.',
      verdict: 'misleading',
      facts:
        'POP2 already had per-message recovery (NACK: not received, keep it). Core POP3 errors are only +OK and -ERR; machine-readable codes such as [IN-USE] came with RFC 2449 (1998) and RFC 3206 (2002). Deferred deletion is not new either: POP2\'s ACKD already only marked, and the mailbox changed when it was released (RFC 937). POP3\'s real gains are RSET, the explicit rule that a session ending without QUIT commits nothing (RFC 1725, now RFC 1939 §6), UIDL (§7), and later CAPA and extended response codes (RFC 2449).',
      rfc: 'RFC 937 "NACK", "ACKD"; RFC 1939 §6, §7, §9; RFC 2449 §8',
      demo: {
        start: { scenario: 'f12-in-use' },
        actions: [],
        goal: {
          text: 'A second login while the maildrop is locked gets the extension code [IN-USE], not just -ERR.',
          all: [{ type: 'event', match: { kind: 'reply', pattern: '^-ERR \\[IN-USE\\]' } }],
        },
      },
    },
  ],
};
