/** Words of "Predict first" (the switch, the form and the reveal), from the message catalogue (predict_). */
import * as m from '../../i18n/paraglide/messages.js';
import type { Guess, WholeRun } from './state.svelte.ts';

export const predictStrings = {
  get switchLabel() { return m.predict_switchLabel(); },
  get switchHint() { return m.predict_switchHint(); },
  get hidden() { return m.predict_hidden(); },
  get hiddenSaved() { return m.predict_hiddenSaved(); },
  get askClass() { return m.predict_askClass(); },
  get formTitle() { return m.predict_formTitle(); },
  get wholeLegend() { return m.predict_wholeLegend(); },
  get perMessage() { return m.predict_perMessage(); },
  get save() { return m.predict_save(); },
  get needAnswer() { return m.predict_needAnswer(); },
  saved: (summary: string): string => m.predict_saved({ summary }),
  get change() { return m.predict_change(); },
  more: (n: number): string => m.predict_more({ n }),
  get revealTitle() { return m.predict_revealTitle(); },
  score: (matched: number, answered: number): string => m.predict_score({ matched, answered }),
  get noPrediction() { return m.predict_noPrediction(); },
  get colMessage() { return m.predict_colMessage(); },
  get colPredicted() { return m.predict_colPredicted(); },
  get colHappened() { return m.predict_colHappened(); },
  get colMatch() { return m.predict_colMatch(); },
  get notAnswered() { return m.predict_notAnswered(); },
  get same() { return m.predict_same(); },
  get different() { return m.predict_different(); },
  get wholeRow() { return m.predict_wholeRow(); },
  guesses: {
    get delivered() { return m.predict_delivered(); },
    get duplicated() { return m.predict_duplicated(); },
    get lost() { return m.predict_lost(); },
    get gap() { return m.predict_gap(); },
  } satisfies Record<Guess, string>,
  /** What happened to a message at the end, including the undecided. */
  happened: {
    get delivered() { return m.predict_delivered(); },
    get duplicated() { return m.predict_duplicated(); },
    get lost() { return m.predict_lost(); },
    get gap() { return m.predict_gap(); },
    get pending() { return m.predict_pending(); },
  },
  whole: {
    get 'all-delivered'() { return m.predict_wholeAllDelivered(); },
    get 'some-duplicated'() { return m.predict_wholeSomeDuplicated(); },
    get 'some-lost'() { return m.predict_wholeSomeLost(); },
    get 'some-gap'() { return m.predict_wholeSomeGap(); },
  } satisfies Record<WholeRun, string>,
  wholeHappened: (d: number, dup: number, lost: number, gap: number): string[] => [
    m.predict_happenedDelivered({ n: d }),
    m.predict_happenedDuplicated({ n: dup }),
    m.predict_happenedLost({ n: lost }),
    m.predict_happenedGap({ n: gap }),
  ],
};

export const guessIcon = { delivered: '✓', duplicated: '❐', lost: '✗', gap: '◌', pending: '…' } as const;
