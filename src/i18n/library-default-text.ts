/**
 * The built-in library's titles and summaries, from the message catalogue
 * (library_<id>Title, …Summary, and per retention mode …KeepTitle, …): the
 * scenario files keep their English as data (an exported scenario is a
 * file, not a page), and the app shows a built-in scenario in the page's
 * language. This file holds the default scenario only: it is on the first screen, so it is in the
 * first load; the rest (library-text.ts) loads with the library.
 */
import * as m from './paraglide/messages.js';

type Say = () => string;
export interface BuiltinText {
  readonly title: Say;
  readonly summary: Say;
  readonly delete?: { readonly title?: Say; readonly summary?: Say };
  readonly keep?: { readonly title?: Say; readonly summary?: Say };
}

export const DEFAULT_SCENARIO_TEXT: Readonly<Record<string, BuiltinText>> = {
  'first-session': { title: m.library_firstSessionTitle, summary: m.library_firstSessionSummary, keep: { title: m.library_firstSessionKeepTitle, summary: m.library_firstSessionKeepSummary } },
};
