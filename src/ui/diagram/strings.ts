/**
 * Every string of the sequence diagram (and its SVG export), in English. It
 * lives here, not in messages.ts, because the diagram loads lazily; a
 * translation is a second object of the same shape.
 */
export const diagramStrings = {
  title: 'Sequence',
  description: 'Each arrow is one command or reply. Select an arrow to explain it.',
  clientLane: (device: string) => `Client: ${device}`,
  serverLane: 'Server',
  rowsBefore: (n: number) => `${n} earlier steps not shown`,
  rowsAfter: (n: number) => `${n} later steps not shown`,
  tab: 'Sequence',
} as const;
