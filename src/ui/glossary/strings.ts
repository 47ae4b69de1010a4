/** Strings of the glossary components (lazy: loaded with the panels that use them). */
export const glossaryStrings = {
  heading: 'Glossary',
  all: 'All terms',
  inThisStep: 'Terms in this step',
  none: 'No glossary terms in this step.',
  see: (terms: string) => `See also: ${terms}.`,
  termHint: 'glossary term',
} as const;
