import { LATER } from './common.ts';
import type { ScenarioInput } from '../format.ts';
import type { Lesson } from './types.ts';

type DeviceEntryInput = NonNullable<ScenarioInput['devices']>[number];

/** The laptop of lesson 5: a slow disk, and a commit order the learner changes with the variants. */
const laptop = (commitOrder: 'safe' | 'unsafe'): DeviceEntryInput => ({ name: 'Laptop', retention: 'delete', commitOrder, writeDelayTicks: 100_000, polls: [0, LATER] });

/**
 * Issue 13: the fault map as a lesson. The learner guesses where a crash
 * costs mail, reveals the map (Tools, "Fault map"), then changes one client
 * setting, the commit order, and sees the loss zone go. The goal checks the
 * second half by a run: a crash in the zone the map showed, and nothing lost.
 */
export const FAULT_MAP: Lesson = {
  id: 'fault-map',
  title: 'Where is a crash dangerous?',
  summary:
    'The same laptop as in "A client in a hurry": a slow disk, and it downloads and deletes three messages. Before you look at the fault map, guess at which steps a crash would cost mail. Then open the map (Tools, then "Fault map") and compare. Then change how the laptop orders its work and open the map again.',
  start: { scenario: 'first-session', patch: { devices: [laptop('unsafe')] } },
  steps: [
    'Play until the laptop is about to send its first DELE, and answer the question.',
    'Open Tools, then "Fault map". Read the line above the Delete on download grid, and find the red cells.',
    'Choose the other commit order below, and open the fault map again: what happened to the red cells?',
    'Select the cell "Client app crashes" in the step where the server reads QUIT, play to the end and read the Outcome.',
  ],
  goal: {
    text: 'Change the laptop so that a crash at the moment the map marked in red costs nothing, and show it by crashing it there.',
    all: [
      { type: 'event', match: { kind: 'fault' }, say: 'Add a crash at the step the fault map marked in red (select its cell in the map).' },
      { type: 'order', first: { kind: 'removed', where: { reason: 'update' } }, then: { kind: 'fault' }, say: 'The crash must come after the server has acted on QUIT: that is where the map marked the danger.' },
      { type: 'count', verdict: 'lost', max: 0, say: 'Mail was lost. Change the laptop\'s commit order below, then crash it at the same moment again.' },
      { type: 'count', verdict: 'delivered', min: 3, say: 'Play the run to its end: all three messages should be on the laptop.' },
    ],
  },
  hints: [
    'A message is safe on the laptop only once its copy is on disk. Ask when the server removes a message (RFC 1939 §6).',
    'In the map, compare the two commit orders at the step where the server reads QUIT.',
  ],
  solution: {
    actions: [
      { do: 'patch', patch: { devices: [laptop('safe')] } },
      { do: 'fault', kind: 'crash-client', placement: { onCommand: 'QUIT', when: 'replied' } },
    ],
    text: 'With "write to disk, then DELE" the laptop only confirms what is already durable, so by the time the server removes anything in UPDATE every copy is on disk: a crash there costs nothing, and the red cells are gone from the map. With "DELE as soon as it arrives" the server removes the messages while the only copies are still in memory.',
  },
  variants: [
    { id: 'unsafe', label: 'Laptop: sends DELE as soon as a message has arrived', actions: [] },
    { id: 'safe', label: 'Laptop: writes each message to disk, then sends DELE', actions: [{ do: 'patch', patch: { devices: [laptop('safe')] } }] },
  ],
  checkpoints: [
    {
      id: 'fault-map.guess',
      trigger: { match: { kind: 'send', where: { direction: 'c2s', session: 1 }, pattern: '^DELE' }, pause: 'before' },
      question: 'Before you open the fault map: at which stretch of this session would a crash of the laptop make it lose mail for good?',
      choices: [
        { id: 'retr', text: 'While it retrieves the messages, before any DELE.' },
        { id: 'dele', text: 'Between its DELE commands and QUIT.' },
        { id: 'update', text: 'After the server has processed QUIT, until the laptop\'s disk has caught up.' },
        { id: 'nowhere', text: 'Nowhere: the server keeps the messages until the laptop has them.' },
      ],
      answer: 'update',
      explanation:
        'Before QUIT the server has only marked the messages (RFC 1939 §6), so a crash there brings duplicates at the next poll, not loss. Once the server has processed QUIT it removes them in UPDATE; this laptop confirmed before its copies were durable, so until the disk catches up the only copies are in its memory. The fault map shows exactly that stretch in red.',
      rfc: 'RFC 1939 §6',
      spoilers: ['caught up', 'catches up', 'processed quit'],
    },
    {
      id: 'fault-map.after-update',
      trigger: { match: { kind: 'reply', where: { session: 1 }, pattern: 'signing off' }, pause: 'after' },
      question: 'The server has answered QUIT. Which commit order would let this laptop survive a crash at this moment with all three messages?',
      choices: [
        { id: 'unsafe', text: 'The one it has: send DELE as soon as a message has arrived.' },
        { id: 'safe', text: 'Write each message to disk first, then send DELE.' },
        { id: 'either', text: 'Either: after QUIT nothing can go wrong any more.' },
      ],
      answer: 'safe',
      explanation:
        'A client should confirm only what it has made durable: write and sync the message, then DELE. Then whatever the server removes in UPDATE is already on the disk, and the map\'s red stretch disappears; the duplicates before QUIT stay, since the server still had the messages (RFC 1939 §6, §8).',
      rfc: 'RFC 1939 §6, §8',
      spoilers: ['to disk first', 'confirm only what it has made'],
    },
  ],
};
