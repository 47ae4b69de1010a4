/** Every string of the transcript panel, in English (it loads lazily, so not in messages.ts). */
export const transcriptStrings = {
  title: 'Transcript',
  empty: 'Nothing has been said yet.',
  tab: 'Transcript',
} as const;
