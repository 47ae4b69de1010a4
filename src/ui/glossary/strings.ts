/** Words of the glossary panel and its term tips, from the message catalogue (glossaryui_). */
import * as m from '../../i18n/paraglide/messages.js';

export const glossaryStrings = {
  get heading() { return m.glossaryui_heading(); },
  get all() { return m.glossaryui_all(); },
  get inThisStep() { return m.glossaryui_inThisStep(); },
  get none() { return m.glossaryui_none(); },
  see: (terms: string): string => m.glossaryui_see({ terms }),
  get termHint() { return m.glossaryui_termHint(); },
};
