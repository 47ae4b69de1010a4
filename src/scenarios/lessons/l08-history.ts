import type { Lesson } from './types.ts';

export const HISTORY_POP1_POP2: Lesson = {
  id: 'history-pop1-pop2',
  title: 'History: POP2 ACKD and POP1 RDEL/RCVD',
  summary:
    'POP1 (RFC 918, 1984) and POP2 (RFC 937, 1985) came before POP3 (RFC 1081, 1988). Play a POP2 session, then the same maildrop over POP1, and find out at which moment each server deletes.',
  start: { scenario: 'pop2-ackd-session' },
  steps: [
    'Play the POP2 session: HELO logs in with user and password on one line; READ announces a length (=ccc), RETR sends the data, ACKD says "received, delete it".',
    'Watch the server\'s maildrop: at which step does each message go?',
    'Switch the protocol to POP1 and play again: one RDEL for the whole mailbox, RCEV for the data, then RCVD.',
    'Watch the server\'s maildrop again.',
  ],
  goal: {
    text: 'Run the same maildrop over POP1, reading with RDEL, to the end of the session.',
    all: [
      { type: 'protocol', protocol: 'pop1', say: 'Choose POP1 in the protocol menu in the header.' },
      { type: 'order', first: { kind: 'command', where: { keyword: 'RDEL' } }, then: { kind: 'command', where: { keyword: 'RCVD' } }, say: 'The POP1 client should read with RDEL and confirm with RCVD: set Retention to "Delete on download".' },
      { type: 'event', match: { kind: 'removed', where: { reason: 'rcvd' } }, min: 3, say: 'Play the POP1 session to its end.' },
    ],
  },
  hints: ['The protocol menu is in the header, next to Retention.', 'POP1 has no per-message commands: the mailbox is one block.'],
  solution: {
    actions: [{ do: 'patch', patch: { protocol: 'pop1' } }],
    text: 'Choose POP1. The client sends RDEL (read and delete), RCEV to receive the block, and RCVD; the server deletes on RCVD (RFC 918 "The Protocol").',
  },
  checkpoints: [
    {
      id: 'history-pop1-pop2.ackd',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^ACKD' }, pause: 'before' },
      question: 'The POP2 client is about to send ACKD for message 1: "received, delete it". When does the server remove message 1?',
      choices: [
        { id: 'now', text: 'At once, when it handles ACKD.' },
        { id: 'release', text: 'Later, when the mailbox is released at the end of the session.' },
        { id: 'never', text: 'Never: POP2 servers only read mail.' },
      ],
      answer: 'release',
      explanation:
        'RFC 937 says ACKD marks the message, and the mailbox changes "when the mailbox is released". So deferred deletion is older than POP3. What happens when a POP2 session aborts is not said; this simulator then commits nothing (UW\'s ipop2d committed on release).',
      rfc: 'RFC 937 "ACKD"',
      spoilers: ['released', 'release', 'deferred'],
    },
    {
      id: 'history-pop1-pop2.rcvd',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^RCVD' }, pause: 'before' },
      question: 'The whole mailbox has arrived over POP1. If the connection drops before the client sends RCVD, what does the server delete?',
      choices: [
        { id: 'all', text: 'Everything: RDEL already meant "read and delete".' },
        { id: 'nothing', text: 'Nothing: the next session transfers the whole mailbox again.' },
        { id: 'read', text: 'Only the messages whose bytes were fully sent.' },
      ],
      answer: 'nothing',
      explanation:
        'RDEL only announces the intent. The server deletes when it handles RCVD, the client\'s confirmation after receipt. A drop before RCVD deletes nothing, so the whole mailbox is duplicated next time, never lost: the same idea as POP3\'s QUIT. POP3 came four years after POP1 (RFC 1081, 1988); the explicit rule that a session ending without QUIT commits nothing was written down ten years after RFC 918 (RFC 1725, 1994).',
      rfc: 'RFC 918 "The Protocol"',
      spoilers: ['deletes nothing', 'only announces', 'transfers the whole mailbox again', 'deletes on RCVD', 'delete on RCVD'],
    },
  ],
};
