/**
 * Strings of the lazily loaded layout parts, in English: the header's menus
 * and tools (HeaderTools), the tabs and terminal panel (MorePanels) and the
 * lines about faults (FaultNotes). They
 * are not in messages.ts, which the first load carries; a translation is a
 * second object of the same shape.
 */
export const layoutStrings = {
  protocol: 'Protocol',
  personality: 'Server',
  tools: 'Tools',
  share: 'Share',
  shareCopied: 'Link copied. It is also in the address bar.',
  shareReady: 'Link in the address bar: copy it from there.',
  themeToDark: 'Dark theme',
  themeToLight: 'Light theme',
  tabsLabel: 'More views',
  terminalTab: 'Terminal',
  terminalPlaceholder: 'The interactive terminal loads here.',
  lessonsTab: 'Lessons',
  // The faults lines (FaultNotes.svelte).
  faultsTitle: 'Faults you added',
  faultAt: (kind: string, step: number) => `${kind} at step ${step}`,
  removeFaults: 'Remove my faults',
  placement: {
    atStep: (n: number) => `before step ${n}`,
    atTick: (n: number) => `at tick ${n}`,
    atOctet: (n: number, side: string, during?: string) => `after ${n} octets (bytes) of the next ${side}${during ? ` ${during}` : ''} transfer`,
    onCommand: (keyword: string, when: string, occurrence?: number) =>
      `when ${keyword} is ${when}${occurrence && occurrence > 1 ? ` (time ${occurrence})` : ''}`,
    probability: (n: number, d: number) => `with chance ${n} in ${d} at each step`,
  },
  scenarioFaults: 'This scenario injects',
  scenarioFaultsOff: 'The scenario\'s own faults are switched off.',
  withoutScenarioFaults: 'Run without them',
  withScenarioFaults: 'Put them back',
} as const;
