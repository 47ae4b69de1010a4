import { LATER } from './common.ts';
import type { Lesson } from './types.ts';

export const MYTHS_VS_FACTS: Lesson = {
  id: 'myths-vs-facts',
  title: 'Myths vs facts: the "POP versus POP3" table',
  summary:
    'A widely copied table compares "POP" with "POP3". For each of its claims below, predict how it holds up, then watch the simulator play it on the stage. First, the claim that "POP" always removed mail after download, on a POP1 session of 1984.',
  start: { scenario: 'pop1-rdel-session' },
  steps: [
    'Play the POP1 session and watch the commands the client sends.',
    'Switch Retention to "Leave on server" and play again.',
    'Then go through the claims: predict, press "Watch on the stage", press Play, and compare.',
  ],
  goal: {
    text: 'Find out, with the Retention setting, whether the 1984 POP1 could leave mail on the server.',
    all: [
      { type: 'protocol', protocol: 'pop1', say: 'This part of the lesson runs over POP1: choose POP1 in the protocol menu.' },
      { type: 'event', match: { kind: 'command', where: { keyword: 'RETR' } }, say: 'The client still reads with RDEL. Look at the Retention setting.' },
      { type: 'no-event', match: { kind: 'removed' }, say: 'The server removed mail in this run. Look at the Retention setting.' },
      { type: 'maildrop', status: 'present', min: 3, say: 'Play the run to its end.' },
    ],
  },
  hints: ['Look at which read command the POP1 client sends in each Retention mode.'],
  solution: {
    actions: [{ do: 'set-mode', mode: 'keep' }],
    text: 'Set Retention to "Leave on server". The POP1 client sends RETR (read and keep) instead of RDEL; RCVD then confirms receipt and the server keeps the mailbox (RFC 918).',
  },
  checkpoints: [
    {
      id: 'myths-vs-facts.pop1-rdel',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^RDEL' }, pause: 'before' },
      question: 'The table says old POP always removed mail after download. This 1984 POP1 client is about to send RDEL, "read and delete". Did POP1 offer another way to read?',
      choices: [
        { id: 'no', text: 'No: RDEL was its only read command.' },
        { id: 'retr', text: 'Yes: RETR read the mailbox and left it on the server.' },
        { id: 'pop2', text: 'Not until POP2 (1985) added ACKS.' },
      ],
      answer: 'retr',
      explanation:
        'RFC 918 has RDEL (read, then delete on RCVD) and RETR (read and keep). Keeping mail was possible from the start; what POP1 and POP2 lacked was a stable message identity, so keeping meant downloading everything again every time. POP3 made it practical with UIDL.',
      rfc: 'RFC 918 "The Protocol"',
      spoilers: ['read and keep', 'left it on the server', 'two read commands'],
    },
    {
      id: 'myths-vs-facts.pop1-rcvd',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^RCVD' }, pause: 'before', after: { kind: 'command', where: { keyword: 'RETR' } } },
      question: 'The client read the mailbox with RETR and is about to send RCVD, "received". What will the server remove?',
      choices: [
        { id: 'all', text: 'The whole mailbox: RCVD always confirms a deletion.' },
        { id: 'nothing', text: 'Nothing: after RETR, RCVD only confirms receipt.' },
        { id: 'read', text: 'The messages the client has opened.' },
      ],
      answer: 'nothing',
      explanation:
        'RCVD confirms that the data arrived. After RDEL the server then deletes the mailbox; after RETR it keeps it. The choice was the client\'s, in 1984 as in POP3 today.',
      rfc: 'RFC 918 "The Protocol"',
      spoilers: ['only confirms', 'keeps it'],
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
        watch: 'A POP2 client of 1985 reads every message and answers ACKS: look at the server\'s maildrop at the end.',
        goal: {
          text: 'A POP2 client keeps every message on the server with ACKS.',
          all: [
            { type: 'protocol', protocol: 'pop2', say: 'The stage no longer shows the POP2 demonstration: press "Watch on the stage" again.' },
            { type: 'event', match: { kind: 'command', where: { keyword: 'ACKS' } }, min: 1, say: 'The client did not answer ACKS: press "Watch on the stage" again.' },
            { type: 'maildrop', status: 'present', min: 3, say: 'Play the run to its end.' },
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
        watch: 'One POP2 connection: follow the server\'s state in the Server states diagram as the commands arrive.',
        goal: {
          text: 'A single POP2 connection moves the server through several states.',
          all: [
            { type: 'protocol', protocol: 'pop2', say: 'The stage no longer shows the POP2 demonstration: press "Watch on the stage" again.' },
            { type: 'event', match: { kind: 'connection', where: { change: 'opened' } }, min: 1, max: 1, say: 'Play the run from the start, on one connection.' },
            { type: 'event', match: { kind: 'server-state' }, min: 3, say: 'Play the run to its end.' },
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
        watch: 'Count the commands on one connection, then watch what the server does when the client stays silent.',
        goal: {
          text: 'One POP3 connection carries many commands, and an idle session is closed by autologout.',
          all: [
            { type: 'event', match: { kind: 'command', where: { session: 1 } }, min: 8, say: 'Play the run to its end.' },
            { type: 'event', match: { kind: 'server-state', where: { explain: 'server.autologout' } }, say: 'Play on until the server closes the idle session.' },
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
        watch: 'Step to the laptop\'s PASS line and read it on the channel.',
        goal: {
          text: 'A POP3 client sends its password as plain text on the wire.',
          all: [
            { type: 'protocol', protocol: 'pop3', say: 'The stage no longer shows the POP3 demonstration: press "Watch on the stage" again.' },
            { type: 'event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^PASS tanstaaf$' }, say: 'Play the run until the laptop logs in.' },
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
        watch: 'The phone logs in while the laptop holds the maildrop: read the server\'s answer to the phone.',
        goal: {
          text: 'A second login while the maildrop is locked gets the extension code [IN-USE], not just -ERR.',
          all: [{ type: 'event', match: { kind: 'reply', pattern: '^-ERR \\[IN-USE\\]' }, say: 'Play until the phone tries to log in.' }],
        },
      },
    },
    {
      id: 'authentication',
      claim: 'POP uses basic authentication; POP3 supports secure authentication.',
      verdict: 'half true',
      facts:
        'POP1 and POP2 sent the password in the clear (POP2 on the HELO line). POP3 added APOP (RFC 1939 §7) and AUTH with SASL mechanisms such as CRAM-MD5 (RFC 1734, RFC 2195, now RFC 5034), which keep the password off the wire; but USER/PASS in the clear stayed in the base protocol, and a digest login falls to offline guessing of a short secret. What protects a login today is TLS (RFC 8314).',
      rfc: 'RFC 937 "HELO"; RFC 1939 §7, §13; RFC 2195; RFC 5034; RFC 8314',
      demo: {
        start: { scenario: 'pop2-ackd-session' },
        actions: [],
        watch: 'A POP2 login of 1985: read the HELO line on the channel.',
        goal: {
          text: 'The POP2 client sends user name and password in the clear on the HELO line.',
          all: [
            { type: 'protocol', protocol: 'pop2', say: 'The stage no longer shows the POP2 demonstration: press "Watch on the stage" again.' },
            { type: 'event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^HELO alice tanstaaf' }, say: 'Play until the client logs in.' },
          ],
        },
      },
    },
    {
      id: 'multi-device',
      claim: 'POP is for a single device; POP3 supports access from multiple devices.',
      verdict: 'misleading',
      facts:
        'POP3 keeps no per-device state: several devices can each download the mail only if each leaves it on the server and remembers UIDs (RFC 1939 §7); with delete on download the first device takes everything. Read state, flags and folders are never shared: RFC 1939 §8 points to IMAP for that.',
      rfc: 'RFC 1939 §7, §8',
      demo: {
        start: { scenario: 'f10-two-devices-delete' },
        actions: [],
        watch: 'A laptop and a phone on one POP3 maildrop: watch what the phone finds when it polls.',
        goal: {
          text: 'With delete on download, the phone never gets the mail the laptop took.',
          all: [{ type: 'count', verdict: 'gap', min: 1, say: 'Play the run to its end, past the phone\'s poll.' }],
        },
      },
    },
    {
      id: 'integrity',
      claim: 'POP risks losing mail; POP3 ensures data integrity.',
      verdict: 'misleading',
      facts:
        'POP3 promises one thing: the server removes nothing unless QUIT commits. A dropped connection therefore gives duplicates, not loss. But a client that confirms before its copy is durable loses mail when it crashes after QUIT (F7), and so do stale message numbers, pipelining, and non-conformant servers. POP3 has no checksum either: the octets are only as good as TCP and dot-stuffing.',
      rfc: 'RFC 1939 §3, §6, §8',
      demo: {
        start: {
          scenario: 'first-session',
          patch: { devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000, polls: [0, LATER] }] },
        },
        actions: [{ do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
        watch: 'A client that sends DELE before its copy is on disk crashes right after the server answers QUIT: read the Outcome at the end.',
        goal: {
          text: 'A POP3 run with a conformant server still loses mail.',
          all: [{ type: 'count', verdict: 'lost', min: 1, say: 'Play the run to its end.' }],
        },
      },
    },
  ],
};
