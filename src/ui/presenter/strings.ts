/**
 * Every string of presenter mode and the presenter notes window, in English.
 * A translation is a second object of the same shape (`satisfies PresenterStrings`).
 */
export const presenterStrings = {
  presenterMode: 'Presenter mode',
  openNotes: 'Open presenter notes',
  notesBlocked: 'The browser blocked the notes window. Allow pop-ups for this page and try again.',
  blankTitle: 'Paused',
  blankHint: 'Press B or . to show the lab again.',
  blankResume: 'Show the lab',
  notesTitle: 'Presenter notes',
  notesDocumentTitle: 'POP Lab: presenter notes',
  waiting: 'Waiting for the POP Lab window. Keep it open in presenter mode; this window follows it.',
  stepOf: (step: number, last: number) => `Step ${step} of ${last}`,
  playing: 'Playing',
  paused: 'Paused',
  narration: 'Now',
  why: 'Why',
  rfc: 'RFC',
  nextStep: 'Next step',
  nextNone: 'This is the last step.',
  outcome: 'Outcome so far',
  outcomeEnd: 'Outcome of the whole run',
  outcomeHidden: 'Hidden until the end of the run: Predict first is on in the lab.',
  counts: (d: number, dup: number, lost: number, gap: number) => `Delivered: ${d}, Duplicated: ${dup}, Lost: ${lost}, Gap: ${gap}`,
  remote: 'Remote',
  lesson: 'Lesson',
  noLesson: 'No lesson is open in the lab. Open one from its Lessons panel (leave presenter mode to see the panel); its steps then show here.',
  lessonGoal: 'Goal',
  lessonSteps: 'Steps',
  lessonQuestions: 'Questions the lab will ask (answer)',
  lessonHintsAndSolution: 'Hints and solution',
  previous: 'Previous',
  next: 'Next',
  play: 'Play',
  pause: 'Pause',
  drop: 'Drop connection',
  crash: 'Crash client',
  jumpTo: 'Go to step',
  go: 'Go',
  settings: (retention: string, protocol: string, personality: string, scenario: string) =>
    `${scenario} · ${retention} · ${protocol} · ${personality}`,
  retention: { delete: 'Delete on download', keep: 'Leave on server' } as Readonly<Record<string, string>>,
} as const;

export type PresenterStrings = typeof presenterStrings;
export const ps = presenterStrings;
