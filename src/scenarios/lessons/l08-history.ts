import type { Lesson } from './types.ts';

export const HISTORY_POP1_POP2: Lesson = {
  id: 'history-pop1-pop2',
  title: 'History: POP2 ACKD and POP1 RDEL/RCVD',
  summary:
    'No POP version deletes mail just because it was downloaded. POP1 (RFC 918, 1984) moves the whole mailbox and deletes on RCVD after RDEL; POP2 (RFC 937, 1985) works message by message and ACKD marks for deletion at the end of the session. POP3 only moved the commit point.',
  start: { scenario: 'pop2-ackd-session' },
  steps: [
    'Play the POP2 session: HELO logs in with user and password on one line; READ announces a length (=ccc), RETR sends the data, ACKD says "received, delete it".',
    'Notice the removal happens when the mailbox is released at QUIT, not at each ACKD.',
    'Switch the protocol to POP1 and play again: one RDEL for the whole mailbox, RCEV for the data, then RCVD.',
    'Notice that the POP1 server deletes when it handles RCVD.',
  ],
  goal: {
    text: 'Run the same maildrop over POP1 and see the server delete on RCVD after RDEL.',
    all: [
      { type: 'protocol', protocol: 'pop1' },
      { type: 'order', first: { kind: 'command', where: { keyword: 'RDEL' } }, then: { kind: 'command', where: { keyword: 'RCVD' } } },
      { type: 'event', match: { kind: 'removed', where: { reason: 'rcvd' } }, min: 3 },
    ],
  },
  hints: ['The protocol menu is in the header, next to Retention.', 'POP1 has no per-message commands: the mailbox is one block.'],
  solution: {
    actions: [{ do: 'patch', patch: { protocol: 'pop1' } }],
    text: 'Choose POP1. The client sends RDEL (read and delete), RCEV to receive the block, and RCVD; the server deletes on RCVD (RFC 918 "The Protocol").',
  },
  checkpoints: [
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
        'RDEL only announces the intent. The server deletes when it handles RCVD, the client\'s confirmation after receipt. A drop before RCVD deletes nothing, so the whole mailbox is duplicated next time, never lost: the same rule as POP3\'s QUIT. POP3 came four years after POP1 (RFC 1081, 1988); the explicit rule that a session ending without QUIT commits nothing was written down ten years after RFC 918 (RFC 1725, 1994).',
      rfc: 'RFC 918 "The Protocol"',
    },
  ],
};
