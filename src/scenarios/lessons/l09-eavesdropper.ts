import type { Lesson } from './types.ts';

export const EAVESDROPPER: Lesson = {
  id: 'eavesdropper',
  title: 'What an eavesdropper on the channel sees',
  summary:
    'Base POP3 has no encryption: USER/PASS put the password on the wire as plain text, and RETR sends the mail the same way (RFC 1939 §13). APOP and CRAM-MD5 (RFC 2195) send a digest instead of the password, but the mail still travels in the clear, and a short password can be guessed offline from what is on the wire. TLS hides the content of the session; who talks to whom, when and how much stays visible.',
  start: { scenario: 'first-session' },
  steps: [
    'Step to the laptop\'s PASS command and read its octets on the channel: the password is right there.',
    'Step to a RETR reply: the message text is just as readable.',
    'Change the laptop to authenticate with APOP and play again. Its login line is now "APOP alice" and a 32-digit hex digest.',
    'About TLS, honestly: this simulator shows every octet in the clear. With STLS (RFC 2595 §4) the greeting, CAPA and STLS itself still travel in the clear, and an active attacker can strip STLS from the CAPA list so the client carries on without TLS; that is why RFC 8314 (2018) prefers port 995, where TLS starts before the greeting. Either way the addresses, the timing and the sizes of what is sent stay visible. The simulated server does not offer STLS, so here you can only read about it.',
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
        { id: 'mail', text: 'The mail, the user name, and a timestamp and digest pair to test password guesses against offline.' },
        { id: 'nothing', text: 'Nothing: APOP encrypts the session.' },
      ],
      answer: 'mail',
      explanation:
        'APOP keeps the secret itself off the wire, and the timestamp differs on every greeting, so the digest cannot be replayed. But the greeting\'s timestamp and the digest are both on the wire: an eavesdropper can hash guesses offline until one matches. An 8-letter word such as tanstaaf falls in seconds; APOP protects only a long secret, and only if the same user never also logs in with PASS, which sends that secret in the clear (RFC 1939 §7, §13). It encrypts nothing: RETR sends the messages, the user name is in the APOP line. (A fake server choosing its own timestamps can also recover APOP passwords through MD5 collisions; APOP is considered broken today.)',
      rfc: 'RFC 1939 §7, §13',
    },
  ],
};
