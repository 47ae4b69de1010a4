/** Words of the transcript panel, from the message catalogue (transcript_). It loads lazily. */
import * as m from '../../i18n/paraglide/messages.js';

export const transcriptStrings = {
  get title() { return m.transcript_title(); },
  get empty() { return m.transcript_empty(); },
  get tab() { return m.transcript_tab(); },
};
