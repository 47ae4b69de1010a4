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

/** Strings of the server state diagram (StateDiagram.svelte), loaded lazily with it. */
export const stateDiagramStrings = {
  title: 'Server states',
  description: (protocol: string) => `The ${protocol} server's states and the commands that move it between them, drawn from the same table the server runs.`,
  current: (state: string) => `Current server state: ${state}`,
  noState: 'No session at this step: the client is not connected, so the server holds no state for it.',
  device: (device: string) => `Session of ${device}`,
  stays: (commands: string) => `stays: ${commands}`,
  currentMark: '(current)',
  // RFC 918 describes POP1's exchanges but names no states; RFC 937 names POP2's (LSTN, AUTH, MBOX, ...).
  ownNames: 'RFC 918 gives POP1\'s server states no names: these names are the simulator\'s own.',
  ownNameMark: 'name: ours',
  failed: (command: string) => `${command} fails`,
  edge: (from: string, to: string, commands: string) => `${from} to ${to} on ${commands}`,
  imgLabel: (protocol: string, state: string | null) => `${protocol} server state diagram; ${state ? `current state: ${state}` : 'no current state'}`,
} as const;

/** The shape both state diagrams' strings share (MachineDiagram.svelte). */
export type StateDiagramStrings = { readonly [K in keyof typeof stateDiagramStrings]: (typeof stateDiagramStrings)[K] extends string ? string : (typeof stateDiagramStrings)[K] };

/** Strings of the client state diagram (StateDiagram.svelte draws the client's machine below the server's). */
export const clientStateDiagramStrings: StateDiagramStrings = {
  ...stateDiagramStrings,
  title: 'Client states',
  description: (protocol: string) => `The ${protocol} client's states and the steps that move it between them, drawn from the same table the client runs.`,
  current: (state: string) => `Current client state: ${state}`,
  noState: 'No session at this step: the client is not connected.',
  ownNames: 'RFC 918 gives POP1\'s client states no names: these names are the simulator\'s own.',
  imgLabel: (protocol: string, state: string | null) => `${protocol} client state diagram; ${state ? `current state: ${state}` : 'no current state'}`,
};
