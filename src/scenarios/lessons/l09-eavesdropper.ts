import type { Lesson } from './types.ts';

export const EAVESDROPPER: Lesson = {
  id: 'eavesdropper',
  title: 'What an eavesdropper on the channel sees',
  summary:
    'Base POP3 has no encryption: USER/PASS put the password on the wire as plain text, and RETR sends the mail the same way (RFC 1939 §13). APOP hides the password behind an MD5 digest of the greeting\'s timestamp, but the mail still travels in the clear. Only TLS hides the whole session.',
  start: { scenario: 'first-session' },
  steps: [
    'Step to the laptop\'s PASS command and read its octets on the channel: the password is right there.',
    'Step to a RETR reply: the message text is just as readable.',
    'Change the laptop to authenticate with APOP and play again. Its login line is now "APOP alice" and a 32-digit hex digest.',
    'About TLS, honestly: this simulator shows every octet in the clear. STLS (RFC 2595) would switch the connection to TLS right after its +OK, and port 995 (RFC 8314) starts with TLS before the greeting; an eavesdropper would then see only encrypted records. The simulated server does not offer STLS, so here you can only read about it.',
  ],
  goal: {
    text: 'Log in without ever putting the password on the wire.',
    all: [
      { type: 'event', match: { kind: 'command', pattern: '^APOP alice [0-9a-f]{32}$' } },
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } } },
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'PASS' } } },
      { type: 'no-event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: 'tanstaaf' } },
      { type: 'count', verdict: 'delivered', min: 3 },
    ],
  },
  hints: [
    'The greeting "+OK POP3 server ready <...>" carries a timestamp: that is the server offering APOP.',
    'AUTH PLAIN only base64-encodes the password: anyone can decode it.',
  ],
  solution: {
    actions: [{ do: 'patch', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth: 'apop' }] } }],
    text: 'Set the laptop\'s authentication to APOP. It sends MD5(timestamp + secret) instead of the secret (RFC 1939 §7). The messages that follow are still readable on the wire.',
  },
  checkpoints: [
    {
      id: 'eavesdropper.apop',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^APOP ' }, pause: 'before' },
      question: 'An eavesdropper records the APOP line the laptop is about to send, and everything after it. What can they get from this session?',
      choices: [
        { id: 'password', text: 'The password: MD5 is easy to reverse.' },
        { id: 'replay', text: 'A digest to replay later and log in as alice.' },
        { id: 'mail', text: 'The text of every message retrieved in the session, but not the password.' },
        { id: 'nothing', text: 'Nothing: APOP encrypts the session.' },
      ],
      answer: 'mail',
      explanation:
        'APOP proves that the client knows the secret without sending it, and the timestamp differs on every greeting, so the digest cannot be replayed. It encrypts nothing: RETR sends the messages in the clear. (A fake server choosing its own timestamps can recover APOP passwords through MD5 collisions, so APOP is considered broken today; use TLS.)',
      rfc: 'RFC 1939 §7, §13',
    },
  ],
};
