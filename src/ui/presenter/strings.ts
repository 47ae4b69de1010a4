/**
 * Words of presenter mode and the presenter notes window, from the message
 * catalogue (presenter_). Both load lazily.
 */
import * as m from '../../i18n/paraglide/messages.js';

export const presenterStrings = {
  get presenterMode() { return m.presenter_mode(); },
  get openNotes() { return m.presenter_openNotes(); },
  get notesBlocked() { return m.presenter_notesBlocked(); },
  get blankTitle() { return m.presenter_blankTitle(); },
  get blankHint() { return m.presenter_blankHint(); },
  get blankResume() { return m.presenter_blankResume(); },
  get notesTitle() { return m.presenter_notesTitle(); },
  get notesDocumentTitle() { return m.presenter_notesDocumentTitle(); },
  get waiting() { return m.presenter_waiting(); },
  stepOf: (step: number, last: number): string => m.controls_stepOf({ step, total: last }),
  get playing() { return m.presenter_playing(); },
  get paused() { return m.presenter_paused(); },
  get narration() { return m.presenter_narration(); },
  get why() { return m.presenter_why(); },
  get rfc() { return m.presenter_rfc(); },
  get nextStep() { return m.presenter_nextStep(); },
  get nextNone() { return m.presenter_nextNone(); },
  get outcome() { return m.presenter_outcome(); },
  get outcomeEnd() { return m.presenter_outcomeEnd(); },
  get outcomeHidden() { return m.presenter_outcomeHidden(); },
  counts: (d: number, dup: number, lost: number, gap: number): string => m.presenter_counts({ d, dup, lost, gap }),
  get remote() { return m.presenter_remote(); },
  get lesson() { return m.presenter_lesson(); },
  get noLesson() { return m.presenter_noLesson(); },
  get lessonGoal() { return m.presenter_lessonGoal(); },
  get lessonSteps() { return m.presenter_lessonSteps(); },
  get lessonQuestions() { return m.presenter_lessonQuestions(); },
  get lessonHintsAndSolution() { return m.presenter_lessonHintsAndSolution(); },
  get previous() { return m.presenter_previous(); },
  get next() { return m.presenter_next(); },
  get play() { return m.controls_play(); },
  get pause() { return m.controls_pause(); },
  get drop() { return m.controls_dropConnection(); },
  get crash() { return m.controls_crashClient(); },
  get jumpTo() { return m.presenter_jumpTo(); },
  get go() { return m.presenter_go(); },
  settings: (retention: string, protocol: string, personality: string, scenario: string): string =>
    m.presenter_settings({ retention, protocol, personality, scenario }),
  retention: {
    get delete() { return m.header_retentionDelete(); },
    get keep() { return m.header_retentionKeep(); },
  } as Readonly<Record<string, string>>,
};

export type PresenterStrings = typeof presenterStrings;
export const ps = presenterStrings;
