import { LATER } from './common.ts';
import type { Lesson } from './types.ts';

export const CRASH_BEFORE_DURABLE: Lesson = {
  id: 'crash-before-durable',
  title: 'A client in a hurry',
  summary:
    'This client sends DELE as soon as it has received a message, and its disk is slow. Watch its store, then find the moment at which a crash of the client matters.',
  start: {
    scenario: 'first-session',
    patch: { devices: [{ name: 'Laptop', retention: 'delete', commitOrder: 'unsafe', writeDelayTicks: 100_000, polls: [0, LATER] }] },
  },
  steps: [
    'Play until the laptop is about to send its first DELE. Look at the laptop\'s store.',
    'Step until the server has answered QUIT.',
    'Press "Crash client" there, then play to the end.',
    'Read the Outcome and the step it names for each message.',
  ],
  goal: {
    text: 'Crash the client at the moment that costs mail.',
    all: [
      { type: 'event', match: { kind: 'fault' }, say: 'Pause at the right moment and press "Crash client".' },
      { type: 'count', verdict: 'lost', min: 1, say: 'No mail was lost: the crash came at a harmless moment. Try right after the server has answered QUIT.' },
    ],
  },
  hints: [
    'Try the crash at different moments: before QUIT, and right after the server has answered it.',
    'Wait for the server\'s "+OK ... signing off", then crash before the disk writes finish.',
  ],
  solution: {
    actions: [{ do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } }],
    text: 'Crash the client right after the server answers QUIT. The server removed the messages in UPDATE; the only copies were in the client\'s memory, so they are lost.',
  },
  checkpoints: [
    {
      id: 'crash-before-durable.first-dele',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^DELE' }, pause: 'before' },
      question: 'The laptop is about to send DELE 1. Where is its copy of message 1 right now?',
      choices: [
        { id: 'disk', text: 'On its disk: a client only deletes what it has stored.' },
        { id: 'memory', text: 'Only in memory: the write to disk has not finished.' },
        { id: 'server', text: 'Nowhere yet: RETR only announces the message.' },
      ],
      answer: 'memory',
      explanation:
        'This client confirms first and writes later (commit order "unsafe"). Its copy is volatile until the write completes; the server cannot know, since DELE says nothing about the client\'s disk. A safe client writes and syncs the message first, then sends DELE.',
      rfc: 'RFC 1939 §6, §8',
      spoilers: ['only in memory', 'not finished', 'volatile', 'unsafe'],
    },
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
        'After UPDATE the server has nothing left. The client confirmed (DELE) before its copy was durable, so the crash destroys the last copy. This is one way POP loses mail, not the only one: stale message numbers (F18), pipelined RETR and DELE (F8), a server that expunges at DELE and then crashes, and server deletion policy (F11, F13) are others.',
      rfc: 'RFC 1939 §6, §8',
      spoilers: ['lost', 'loss', 'last copy', 'die with'],
    },
  ],
};
