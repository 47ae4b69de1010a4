/**
 * Every string of the explanation panel, in English. It lives here, not in
 * messages.ts, because the panel loads lazily (Narration, in the first load,
 * reads messages.ts); a translation is a second object of the same shape.
 */
export const explainStrings = {
  title: 'Explanation',
  whatHappened: 'What happened',
  why: 'Why, step by step',
  stateChange: 'state',
  octets: 'Exact octets',
  octetsHint: 'An octet is one byte, exactly as it crosses the wire; CR LF ends every line.',
  octetCount: (n: number) => `${n} octets`,
  stuffedDot: 'stuffed dot (RFC 1939 §3)',
  noOctets: 'No octets on the wire at this step.',
  stateChanges: 'State at this step',
  nothingSelected: 'Select a step in the sequence, the transcript or the timeline.',
  tab: 'Explain',
} as const;
