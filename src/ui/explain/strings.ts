/** Words of the explanation panel, from the message catalogue (explain_). It loads lazily. */
import * as m from '../../i18n/paraglide/messages.js';

export const explainStrings = {
  get title() { return m.explain_title(); },
  get whatHappened() { return m.explain_whatHappened(); },
  get why() { return m.explain_why(); },
  get stateChange() { return m.explain_stateChange(); },
  get octets() { return m.explain_octets(); },
  get octetsHint() { return m.explain_octetsHint(); },
  octetCount: (n: number): string => m.explain_octetCount({ n }),
  get stuffedDot() { return m.explain_stuffedDot(); },
  get noOctets() { return m.explain_noOctets(); },
  get stateChanges() { return m.explain_stateChanges(); },
  get nothingSelected() { return m.explain_nothingSelected(); },
  get tab() { return m.explain_tab(); },
};
