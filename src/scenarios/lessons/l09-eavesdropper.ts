import type { Lesson } from './types.ts';

/** AUTH PLAIN's initial response for alice/tanstaaf: base64 of "\0alice\0tanstaaf" (RFC 4616 §2), readable by anyone. */
const PLAIN_ALICE = 'AGFsaWNlAHRhbnN0YWFm';

export const EAVESDROPPER: Lesson = {
  id: 'eavesdropper',
  title: 'What an eavesdropper on the channel sees',
  summary:
    'Base POP3 has no encryption (RFC 1939 §13). Read the channel the way an eavesdropper would, then switch the laptop to a login that keeps the password off the wire, and ask what it still gives away.',
  start: { scenario: 'first-session' },
  steps: [
    'Step to the laptop\'s PASS command and read its octets on the channel.',
    'Step to a RETR reply and read it too.',
    'Change the laptop to authenticate with APOP (or CRAM-MD5, RFC 2195) and play again. Its login line is now "APOP alice" and a 32-digit hex digest.',
    'About TLS, honestly: this simulator shows every octet as it is sent; it does not model encryption. With STLS (RFC 2595 §4) the greeting, CAPA and STLS itself travel before TLS starts, and an active attacker can strip STLS from the CAPA list so the client carries on without TLS; that is why RFC 8314 (2018) prefers port 995, where TLS starts before the greeting. Either way the addresses, the timing and the sizes of what is sent stay visible. The simulated server does not offer STLS, so here you can only read about it.',
  ],
  goal: {
    text: 'Log in without ever putting the password on the wire, and read the mail.',
    all: [
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } }, say: 'Play until the laptop has logged in.' },
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'PASS' } }, say: 'The laptop still sends PASS, with the password as typed. Change how it logs in.' },
      { type: 'no-event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: 'tanstaaf' }, say: 'The password still crosses the channel as typed. Change how the laptop logs in.' },
      { type: 'no-event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: PLAIN_ALICE }, say: 'AUTH PLAIN only base64-encodes the password: anyone on the channel can decode it. Choose a method that sends a digest.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end.' },
    ],
  },
  hints: [
    'The greeting "+OK POP3 server ready <...>" carries a timestamp: that is the server offering APOP.',
    'AUTH PLAIN only base64-encodes the password: anyone can decode it.',
  ],
  solution: {
    actions: [{ do: 'patch', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth: 'apop' }] } }],
    text: 'Set the laptop\'s authentication to APOP (or CRAM-MD5). It sends MD5(timestamp + secret) instead of the secret (RFC 1939 §7). The messages that follow are still readable on the wire, and a short secret can be guessed offline.',
  },
  checkpoints: [
    {
      id: 'eavesdropper.pass',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^PASS ' }, pause: 'before' },
      question: 'The laptop is about to send PASS. What will someone recording the channel read in it?',
      choices: [
        { id: 'hash', text: 'A hash of the password, as websites store them.' },
        { id: 'clear', text: 'The password itself, exactly as typed.' },
        { id: 'encrypted', text: 'Nothing useful: POP3 encrypts PASS.' },
      ],
      answer: 'clear',
      explanation:
        'RFC 1939 says it plainly: USER and PASS send the password in the clear, and RETR sends the mail the same way. Servers today accept PASS only inside TLS (RFC 8314), and many refuse it otherwise.',
      rfc: 'RFC 1939 §7, §13',
      spoilers: ['in the clear', 'as typed', 'plain text'],
    },
    {
      id: 'eavesdropper.apop',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^(APOP |AUTH CRAM-MD5)' }, pause: 'before' },
      question: 'An eavesdropper records the login line the laptop is about to send (a digest, not the password), and everything after it. What can they get from this session?',
      choices: [
        { id: 'password', text: 'The password directly: MD5 is easy to reverse.' },
        { id: 'replay', text: 'A digest to replay later and log in as alice.' },
        { id: 'mail', text: 'The mail, the user name, and a challenge and digest pair to test password guesses against offline.' },
        { id: 'nothing', text: 'Nothing: the digest login encrypts the session.' },
      ],
      answer: 'mail',
      explanation:
        'APOP and CRAM-MD5 keep the secret itself off the wire, and the challenge (APOP: the greeting\'s timestamp) differs every time, so the digest cannot be replayed. But the challenge and the digest are both on the wire: an eavesdropper can hash guesses offline until one matches. An 8-letter word such as tanstaaf falls within minutes on one graphics card, at once if it is in a word list; a digest login protects only a long secret, and only if the same user never also logs in with PASS, which sends that secret in the clear. Nothing is encrypted: RETR sends the messages, and the user name is on the login line. (A fake server choosing its own timestamps can also recover APOP passwords through MD5 collisions; APOP is considered broken today.)',
      rfc: 'RFC 1939 §7, §13; RFC 2195 §2',
      spoilers: ['offline', 'guesses', 'word list', 'long secret'],
    },
  ],
};
