/**
 * Strings of "Predict first" (lazy: loaded with Predict.svelte, not on the
 * first load). A translation is a second object of the same shape.
 */
import type { Guess, WholeRun } from './state.svelte.ts';

export const predictStrings = {
  switchLabel: 'Predict first',
  switchHint: 'hide the Outcome until the end and guess it before you play',
  hidden: 'Hidden until the end of the run: make your prediction, then play.',
  hiddenSaved: 'Hidden until the end of the run. Play it and compare.',
  askClass: 'Ask the class first: what will happen to each message? The Outcome shows at the end of the run.',
  formTitle: 'Before you play: what will happen to each message?',
  wholeLegend: 'The whole run, in one choice',
  perMessage: 'Or message by message:',
  save: 'Save my prediction',
  needAnswer: 'Choose at least one answer (the whole run, or a message).',
  saved: (summary: string) => `Your prediction: ${summary}.`,
  change: 'Change my prediction',
  more: (n: number) => `…and ${n} more messages: use the whole-run choice for them.`,
  revealTitle: 'Your prediction beside what happened',
  score: (matched: number, answered: number) => `${matched} of ${answers(answered)} as predicted.`,
  noPrediction: 'You made no prediction for this run. Turn the switch off and on to try the next one.',
  colMessage: 'Message',
  colPredicted: 'You predicted',
  colHappened: 'What happened',
  colMatch: 'Match',
  notAnswered: '(no answer)',
  same: 'as predicted',
  different: 'different',
  wholeRow: 'The whole run',
  guesses: {
    delivered: 'Delivered once',
    duplicated: 'Duplicated',
    lost: 'Lost',
    gap: 'Gap (a device never got it)',
  } satisfies Record<Guess, string>,
  /** What happened to a message at the end, including the undecided. */
  happened: {
    delivered: 'Delivered once',
    duplicated: 'Duplicated',
    lost: 'Lost',
    gap: 'Gap (a device never got it)',
    pending: 'Not delivered (still on the server)',
  },
  whole: {
    'all-delivered': 'Every message delivered exactly once',
    'some-duplicated': 'Some messages duplicated',
    'some-lost': 'Some messages lost',
    'some-gap': 'Some messages missing on a device (gap)',
  } satisfies Record<WholeRun, string>,
  wholeHappened: (d: number, dup: number, lost: number, gap: number) => [`Delivered: ${d},`, `Duplicated: ${dup},`, `Lost: ${lost},`, `Gap: ${gap}`],
} as const;

const answers = (n: number) => (n === 1 ? '1 answer' : `${n} answers`);

export const guessIcon = { delivered: '✓', duplicated: '❐', lost: '✗', gap: '◌', pending: '…' } as const;
