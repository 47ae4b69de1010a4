/**
 * Words of the sequence diagram and the server-state diagram, from the
 * message catalogue (diagram_, states_). Both panels load lazily.
 */
import * as m from '../../i18n/paraglide/messages.js';

export const diagramStrings = {
  get title() { return m.diagram_title(); },
  get description() { return m.diagram_description(); },
  clientLane: (device: string): string => m.diagram_clientLane({ device }),
  get serverLane() { return m.diagram_serverLane(); },
  rowsBefore: (n: number): string => m.diagram_rowsBefore({ n }),
  rowsAfter: (n: number): string => m.diagram_rowsAfter({ n }),
  get tab() { return m.diagram_tab(); },
  /** An arrow's accessible name: its step number and what it carries. */
  rowLabel: (step: number, label: string): string => m.diagram_rowLabel({ step, label }),
};

export const stateDiagramStrings = {
  get title() { return m.states_title(); },
  description: (protocol: string): string => m.states_description({ protocol }),
  current: (state: string): string => m.states_current({ state }),
  get noState() { return m.states_noState(); },
  device: (device: string): string => m.states_device({ device }),
  stays: (commands: string): string => m.states_stays({ commands }),
  get currentMark() { return m.states_currentMark(); },
  // RFC 918 describes POP1's exchanges but names no states; RFC 937 names POP2's (LSTN, AUTH, MBOX, ...).
  get ownNames() { return m.states_ownNames(); },
  get ownNameMark() { return m.states_ownNameMark(); },
  failed: (command: string): string => m.states_failed({ command }),
  edge: (from: string, to: string, commands: string): string => m.states_edge({ from, to, commands }),
  imgLabel: (protocol: string, state: string | null): string =>
    state ? m.states_imgLabel({ protocol, state }) : m.states_imgLabelNone({ protocol }),
};

/** The shape both state diagrams' strings share (MachineDiagram.svelte). */
export type StateDiagramStrings = typeof stateDiagramStrings;

/** Words of the client state diagram (StateDiagram.svelte draws the client's machine below the server's). */
export const clientStateDiagramStrings: StateDiagramStrings = {
  get title() { return m.states_clientTitle(); },
  description: (protocol: string): string => m.states_clientDescription({ protocol }),
  current: (state: string): string => m.states_clientCurrent({ state }),
  get noState() { return m.states_clientNoState(); },
  device: stateDiagramStrings.device,
  stays: stateDiagramStrings.stays,
  get currentMark() { return m.states_currentMark(); },
  get ownNames() { return m.states_clientOwnNames(); },
  get ownNameMark() { return m.states_ownNameMark(); },
  failed: stateDiagramStrings.failed,
  edge: stateDiagramStrings.edge,
  imgLabel: (protocol: string, state: string | null): string =>
    state ? m.states_clientImgLabel({ protocol, state }) : m.states_clientImgLabelNone({ protocol }),
};
