/**
 * The words of the lesson UI, from the message catalogue (lessons_). (The
 * lesson content itself, steps and questions, is data in src/scenarios/lessons/.)
 */
import * as m from '../../i18n/paraglide/messages.js';
import type { ClaimVerdict } from '../../scenarios/lessons/types.ts';

const VERDICT_NAME: Readonly<Record<ClaimVerdict, () => string>> = {
  true: m.lessons_verdictTrue,
  'half true': m.lessons_verdictHalfTrue,
  misleading: m.lessons_verdictMisleading,
  wrong: m.lessons_verdictWrong,
};
/** The verdict as a word inside a sentence ("the claim is half true"). */
const VERDICT_WORD: Readonly<Record<ClaimVerdict, () => string>> = {
  true: m.lessons_verdictWordTrue,
  'half true': m.lessons_verdictWordHalfTrue,
  misleading: m.lessons_verdictWordMisleading,
  wrong: m.lessons_verdictWordWrong,
};

export const LESSON_STRINGS = {
  get heading() { return m.lessons_heading(); },
  get listLabel() { return m.lessons_listLabel(); },
  get completed() { return m.lessons_completed(); },
  get notCompleted() { return m.lessons_notCompleted(); },
  get current() { return m.lessons_current(); },
  start: (title: string): string => m.lessons_start({ title }),
  /** What heads the stage while a lesson's run is on it. */
  onStage: (title: string): string => m.lessons_onStage({ title }),
  get restart() { return m.lessons_restart(); },
  get close() { return m.lessons_close(); },
  get steps() { return m.lessons_steps(); },
  get goal() { return m.lessons_goal(); },
  get goalReached() { return m.lessons_goalReached(); },
  goalReachedDetail: (title: string): string => m.lessons_goalReachedDetail({ title }),
  get goalNotYet() { return m.lessons_goalNotYet(); },
  get checkGoal() { return m.lessons_checkGoal(); },
  get goalAtEnd() { return m.lessons_goalAtEnd(); },
  get hints() { return m.lessons_hints(); },
  showHint: (n: number, total: number): string => m.lessons_showHint({ n, total }),
  get noMoreHints() { return m.lessons_noMoreHints(); },
  get solution() { return m.lessons_solution(); },
  get showSolution() { return m.lessons_showSolution(); },
  get loadSolution() { return m.lessons_loadSolution(); },
  get typeLines() { return m.lessons_typeLines(); },
  get checkpoint() { return m.lessons_checkpoint(); },
  get checkAnswer() { return m.lessons_checkAnswer(); },
  get continue() { return m.lessons_continue(); },
  get chooseFirst() { return m.lessons_chooseFirst(); },
  get correct() { return m.lessons_correct(); },
  incorrect: (answer: string): string => m.lessons_incorrect({ answer }),
  // Myth-busting claims (ClaimCard).
  get claims() { return m.lessons_claims(); },
  get claimQuestion() { return m.lessons_claimQuestion(); },
  verdictName: (v: ClaimVerdict): string => VERDICT_NAME[v](),
  get predictClaim() { return m.lessons_predictClaim(); },
  get nowWatch() { return m.lessons_nowWatch(); },
  get watchOnStage() { return m.lessons_watchOnStage(); },
  get loadedOnStage() { return m.lessons_loadedOnStage(); },
  claimRight: (v: ClaimVerdict): string => m.lessons_claimRight({ verdict: VERDICT_WORD[v]() }),
  claimWrong: (predicted: ClaimVerdict | null, v: ClaimVerdict): string =>
    m.lessons_claimWrong({ predicted: predicted ? VERDICT_NAME[predicted]() : '', verdict: VERDICT_WORD[v]() }),
  get demoShowed() { return m.lessons_demoShowed(); },
  get noDemo() { return m.lessons_noDemo(); },
  get variants() { return m.lessons_variants(); },
  variantOnStage: (label: string): string => m.lessons_variantOnStage({ label }),
  get toTerminal() { return m.lessons_toTerminal(); },
  get terminalHint() { return m.lessons_terminalHint(); },
  get predictFirst() { return m.lessons_predictFirst(); },
  // Saved progress (progress.ts): the learner's work is never silently lost.
  get progressCorrupt() { return m.lessons_progressCorrupt(); },
  get progressForeign() { return m.lessons_progressForeign(); },
  get progressNewer() { return m.lessons_progressNewer(); },
  get progressPartial() { return m.lessons_progressPartial(); },
  get progressUnavailable() { return m.lessons_progressUnavailable(); },
  get progressSaveFailed() { return m.lessons_progressSaveFailed(); },
  get dismiss() { return m.lessons_dismiss(); },
};
