/**
 * The glossary's words (src/scenarios/glossary.ts) in the language of the
 * moment, from the message catalogue: each entry's heading, its forms (the
 * words that refer to it in running text, separated by " | " in the
 * catalogue, so each language lists its own inflections) and its definition.
 * Loaded with the panels that show the glossary, never in the first load.
 */
import * as m from './paraglide/messages.js';
import { getLocale, type Locale } from './paraglide/runtime.js';
import { glossaryEntry, type GlossaryEntry, type GlossaryId, type GlossaryWords, type Vocabulary } from '../scenarios/glossary.ts';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

const WORDS: Readonly<Record<GlossaryId, readonly [term: Message, forms: Message, definition: Message]>> = {
  'maildrop': [m.glossary_maildropTerm, m.glossary_maildropForms, m.glossary_maildropDefinition],
  'octet': [m.glossary_octetTerm, m.glossary_octetForms, m.glossary_octetDefinition],
  'uid': [m.glossary_uidTerm, m.glossary_uidForms, m.glossary_uidDefinition],
  'durable': [m.glossary_durableTerm, m.glossary_durableForms, m.glossary_durableDefinition],
  'authorization': [m.glossary_authorizationTerm, m.glossary_authorizationForms, m.glossary_authorizationDefinition],
  'transaction': [m.glossary_transactionTerm, m.glossary_transactionForms, m.glossary_transactionDefinition],
  'update': [m.glossary_updateTerm, m.glossary_updateForms, m.glossary_updateDefinition],
  'marked': [m.glossary_markedTerm, m.glossary_markedForms, m.glossary_markedDefinition],
  'lock': [m.glossary_lockTerm, m.glossary_lockForms, m.glossary_lockDefinition],
  'autologout': [m.glossary_autologoutTerm, m.glossary_autologoutForms, m.glossary_autologoutDefinition],
  'segment': [m.glossary_segmentTerm, m.glossary_segmentForms, m.glossary_segmentDefinition],
  'retransmission': [m.glossary_retransmissionTerm, m.glossary_retransmissionForms, m.glossary_retransmissionDefinition],
  'half-open': [m.glossary_halfOpenTerm, m.glossary_halfOpenForms, m.glossary_halfOpenDefinition],
  'dot-stuffing': [m.glossary_dotStuffingTerm, m.glossary_dotStuffingForms, m.glossary_dotStuffingDefinition],
  'custody': [m.glossary_custodyTerm, m.glossary_custodyForms, m.glossary_custodyDefinition],
  'duplicate': [m.glossary_duplicateTerm, m.glossary_duplicateForms, m.glossary_duplicateDefinition],
  'lost': [m.glossary_lostTerm, m.glossary_lostForms, m.glossary_lostDefinition],
  'gap': [m.glossary_gapTerm, m.glossary_gapForms, m.glossary_gapDefinition],
  'commit-order': [m.glossary_commitOrderTerm, m.glossary_commitOrderForms, m.glossary_commitOrderDefinition],
  'direction': [m.glossary_directionTerm, m.glossary_directionForms, m.glossary_directionDefinition],
  'leave-on-server': [m.glossary_leaveOnServerTerm, m.glossary_leaveOnServerForms, m.glossary_leaveOnServerDefinition],
  'personality': [m.glossary_personalityTerm, m.glossary_personalityForms, m.glossary_personalityDefinition],
  'apop': [m.glossary_apopTerm, m.glossary_apopForms, m.glossary_apopDefinition],
  'cram-md5': [m.glossary_cramMd5Term, m.glossary_cramMd5Forms, m.glossary_cramMd5Definition],
  'tls': [m.glossary_tlsTerm, m.glossary_tlsForms, m.glossary_tlsDefinition],
  'imap': [m.glossary_imapTerm, m.glossary_imapForms, m.glossary_imapDefinition],
  'smtp': [m.glossary_smtpTerm, m.glossary_smtpForms, m.glossary_smtpDefinition],
};

export function glossaryWords(id: GlossaryId, locale: Locale = getLocale()): GlossaryWords {
  const [term, forms, definition] = WORDS[id];
  return {
    term: term({}, { locale }),
    forms: forms({}, { locale }).split('|').map((f) => f.trim()).filter((f) => f !== ''),
    definition: definition({}, { locale }),
  };
}

/** The glossary in one language (by default, the page's language at each call). */
export function vocabulary(locale?: Locale): Vocabulary {
  return {
    get language() {
      return locale ?? getLocale();
    },
    words: (id) => glossaryWords(id, locale ?? getLocale()),
  };
}

/** An entry with its words in the page's language, for the panels that show it. */
export type LocalEntry = GlossaryEntry & GlossaryWords;

export function localEntry(id: string): LocalEntry | undefined {
  const entry = glossaryEntry(id);
  return entry && { ...entry, ...glossaryWords(entry.id) };
}
