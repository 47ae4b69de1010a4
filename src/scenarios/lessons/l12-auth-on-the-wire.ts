import type { Lesson, SolutionAction } from './types.ts';

type Auth = 'user-pass' | 'apop' | 'sasl-plain' | 'cram-md5';
const loginWith = (auth: Auth): readonly SolutionAction[] => [{ do: 'patch', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth }] } }];

/** AUTH PLAIN's initial response for alice/tanstaaf: base64 of "\0alice\0tanstaaf" (RFC 4616 §2). */
const PLAIN_ALICE = 'AGFsaWNlAHRhbnN0YWFm';

export const AUTH_ON_THE_WIRE: Lesson = {
  id: 'auth-on-the-wire',
  title: 'Four ways to log in, read off the wire',
  summary:
    'POP3 servers accept several login methods: USER and PASS, APOP, and SASL mechanisms through AUTH, such as PLAIN and CRAM-MD5. This laptop logs in with AUTH PLAIN. Read each method\'s login lines on the channel as an eavesdropper would, and find the one that is a standard SASL mechanism and keeps the password off the wire.',
  start: { scenario: 'first-session', patch: { devices: [{ name: 'Laptop', retention: 'delete', auth: 'sasl-plain' }] } },
  steps: [
    'Step to the laptop\'s AUTH PLAIN line and read it on the channel.',
    'Try the other login methods with the buttons below, and read their login lines too.',
    'TLS is not simulated here: every line is shown as it is sent. The question at the greeting is about what TLS would change.',
  ],
  goal: {
    text: 'Log in with a SASL mechanism (AUTH) that never puts the password, or a simple encoding of it, on the wire.',
    all: [
      { type: 'event', match: { kind: 'command', where: { keyword: 'AUTH' }, pattern: '^AUTH CRAM-MD5' }, say: 'Log in with AUTH and a mechanism that answers a challenge: try the buttons below.' },
      { type: 'no-event', match: { kind: 'send', where: { direction: 'c2s' }, pattern: PLAIN_ALICE }, say: 'AUTH PLAIN is still on the wire: its base64 decodes to the password.' },
      { type: 'no-event', match: { kind: 'command', where: { keyword: 'PASS' } }, say: 'The laptop still sends PASS.' },
      { type: 'event', match: { kind: 'server-state', where: { to: 'TRANSACTION' } }, say: 'Play until the laptop has logged in.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end.' },
    ],
  },
  hints: ['Base64 is an encoding, not encryption: anyone can turn it back into text.', 'Two of the methods answer a challenge the server sent; only one of them goes through AUTH.'],
  solution: {
    actions: loginWith('cram-md5'),
    text: 'Log in with AUTH CRAM-MD5 (RFC 2195): the server sends a challenge, and the client answers with its user name and an HMAC-MD5 of the challenge keyed with the password. Like APOP it cannot be replayed but a short password can be guessed offline; only TLS hides the session itself.',
  },
  variants: [
    { id: 'user-pass', label: 'Laptop logs in with USER and PASS', actions: loginWith('user-pass') },
    { id: 'sasl-plain', label: 'Laptop logs in with AUTH PLAIN', actions: [] },
    { id: 'apop', label: 'Laptop logs in with APOP', actions: loginWith('apop') },
    { id: 'cram-md5', label: 'Laptop logs in with AUTH CRAM-MD5', actions: loginWith('cram-md5') },
  ],
  checkpoints: [
    {
      id: 'auth-on-the-wire.stls',
      trigger: { match: { kind: 'reply', pattern: '^\\+OK POP3 server ready' }, pause: 'after' },
      question: 'The server\'s greeting has arrived. Suppose this server listed STLS in its CAPA reply and the laptop upgraded to TLS whenever it saw STLS there. An attacker in the path deletes "STLS" from the CAPA reply. What happens?',
      choices: [
        { id: 'refuse', text: 'The laptop notices that TLS is missing and refuses to log in.' },
        { id: 'strip', text: 'The laptop logs in without TLS, and the attacker reads the login: this is why RFC 8314 prefers implicit TLS on port 995.' },
        { id: 'server', text: 'The server refuses the login because it expected STLS.' },
      ],
      answer: 'strip',
      explanation:
        'Before STLS the greeting and CAPA travel unprotected, so an active attacker can remove the offer ("STLS stripping"). A client that requires TLS, or connects to port 995 where TLS starts before the greeting, is not fooled. Even with TLS, the addresses, the timing and the sizes of the messages stay visible.',
      rfc: 'RFC 2595 §4; RFC 8314 §3, §4.1',
      spoilers: ['port 995', 'stripping', 'implicit TLS'],
    },
    {
      id: 'auth-on-the-wire.plain',
      trigger: { match: { kind: 'send', where: { direction: 'c2s' }, pattern: '^AUTH PLAIN' }, pause: 'before' },
      question: 'The laptop is about to send "AUTH PLAIN AGFsaWNlAHRhbnN0YWFm". What does an eavesdropper learn from it?',
      choices: [
        { id: 'nothing', text: 'Nothing: the string is encrypted with the server\'s key.' },
        { id: 'password', text: 'The user name and the password: it is only base64, which anyone can decode.' },
        { id: 'digest', text: 'Only a digest of the password, which hides it.' },
      ],
      answer: 'password',
      explanation:
        'PLAIN sends "\\0alice\\0tanstaaf" in base64: an encoding, not a secret. It is meant to be used inside TLS only, and servers refuse it without TLS unless told otherwise (this simulated server accepts it, so you can see it).',
      rfc: 'RFC 4616 §2; RFC 5034 §4',
      spoilers: ['only base64', 'decode'],
    },
    {
      id: 'auth-on-the-wire.challenge',
      trigger: { match: { kind: 'reply', pattern: '^\\+ ' }, pause: 'after' },
      question: 'The server has sent a challenge ("+ " and base64). The laptop will answer with its user name and an HMAC-MD5 of the challenge keyed with the password. An eavesdropper records both. What can they do with the recording?',
      choices: [
        { id: 'replay', text: 'Replay the answer tomorrow and log in as alice.' },
        { id: 'offline', text: 'Not replay it (the next challenge differs), but test password guesses against it offline, as fast as their hardware allows.' },
        { id: 'nothing', text: 'Nothing at all: HMAC cannot be attacked.' },
      ],
      answer: 'offline',
      explanation:
        'Challenge–response stops replay, but the challenge and the answer together let anyone check a guessed password without talking to the server. A short password such as tanstaaf falls quickly; a long random one does not. This is why cleartext and digest logins are being phased out for logins inside TLS.',
      rfc: 'RFC 2195 §2, §5; RFC 8314 §1',
      spoilers: ['guesses', 'offline'],
    },
  ],
};
