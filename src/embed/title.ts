/**
 * The embedded player's heading. A built-in scenario is shown in the page's
 * language, as the app's scenario menu shows it (src/ui/wiring.ts): its
 * words come from the message catalogue, not from the scenario file, whose
 * English is data (an exported scenario is a file, not a page). A scenario
 * from a link or a file says what it says. Either way the title is the one
 * for the retention mode in force (the scenario's `byMode`, textForMode).
 */
import type { Retention } from '../protocol/engine.ts';
import type { Scenario } from '../scenarios/format.ts';
import { textForMode } from '../scenarios/scenario.ts';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from '../scenarios/library/default.ts';
import { DEFAULT_SCENARIO_TEXT, type BuiltinText } from '../i18n/library-default-text.ts';

/**
 * The catalogue's words of the built-in scenarios loaded so far, by the
 * library's own scenario object: a link that copies a built-in's id (and
 * perhaps changed it) is not the built-in.
 */
const words = new WeakMap<Scenario, BuiltinText>([[DEFAULT_SCENARIO, DEFAULT_SCENARIO_TEXT[DEFAULT_SCENARIO_ID]!]]);

/** For the library's loader (scenario-text.ts): this scenario object is the built-in these words describe. */
export function knowBuiltinWords(scenario: Scenario, text: BuiltinText | undefined): void {
  if (text) words.set(scenario, text);
}

/**
 * The heading for `scenario` under `mode`, in the page's language when it is
 * a built-in; without a mode, its title whatever the mode (the frame's
 * document title, set once).
 */
export function embedTitle(scenario: Scenario, mode?: Retention): string {
  const text = words.get(scenario);
  if (!text) return mode ? textForMode(scenario, mode).title : scenario.title;
  return ((mode && text[mode]?.title) || text.title)();
}
