import { LATER } from './common.ts';
import type { Lesson } from './types.ts';

export const CRASH_BEFORE_DURABLE: Lesson = {
  id: 'crash-before-durable',
  title: 'A crash before the copy is durable: loss',
  summary:
    'This client sends DELE as soon as a message is in memory, and its disk is slow. If it crashes after the QUIT commit but before the copies reach the disk, no copy survives anywhere. This is one way POP loses mail, not the only one: stale message numbers, pipelined RETR and DELE, a server that expunges at DELE, and server deletion policy are others.',
  start: {
    scenario: 'first-session',
    patch: { devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000, polls: [0, LATER] }] },
  },
  steps: [
    'Play until the laptop has sent DELE for every message. Look at its store: the copies are in memory, not on disk.',
    'Step until the server has answered QUIT: it removed the messages in UPDATE.',
    'Press "Crash client" there, then play to the end.',
    'Read the Outcome and the step where the last copy vanished.',
  ],
  goal: {
    text: 'Crash the client at the moment when mail is lost for good.',
    all: [
      { type: 'event', match: { kind: 'fault', where: { fault: 'crash-client' } } },
      { type: 'count', verdict: 'lost', min: 1 },
    ],
  },
  hints: [
    'A crash before QUIT loses nothing on a conformant server: no QUIT, no UPDATE.',
    'Wait for the server\'s "+OK ... signing off", then crash before the disk writes finish.',
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
    text: 'Crash the client right after the server answers QUIT. The server removed the messages in UPDATE; the only copies were in the client\'s memory.',
  },
  checkpoints: [
    {
      id: 'crash-before-durable.after-commit',
      trigger: { match: { kind: 'reply', where: { session: 1 }, pattern: 'signing off' }, pause: 'after' },
      question: 'The server has committed QUIT and removed the three messages. The laptop\'s copies are still only in memory. What happens if the laptop crashes now?',
      choices: [
        { id: 'dup', text: 'Duplicates: the next poll downloads them again.' },
        { id: 'lost', text: 'Loss: the server removed them and the only copies die with the client\'s memory.' },
        { id: 'safe', text: 'Nothing: the server keeps removed messages until the client reconnects.' },
      ],
      answer: 'lost',
      explanation:
        'After UPDATE the server has nothing left. The client confirmed (DELE) before its copy was durable, so the crash destroys the last copy. A safe client writes and syncs the message first, then sends DELE.',
      rfc: 'RFC 1939 §6, §8',
    },
  ],
};
