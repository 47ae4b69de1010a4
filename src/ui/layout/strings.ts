/**
 * Strings of the lazily loaded layout parts, in English: the header's menus
 * and tools (HeaderTools) and the tabs and terminal panel (MorePanels). They
 * are not in messages.ts, which the first load carries; a translation is a
 * second object of the same shape.
 */
export const layoutStrings = {
  protocol: 'Protocol',
  personality: 'Server',
  settingsSummary: 'Protocol, server and tools',
  share: 'Share',
  shareCopied: 'Link copied. It is also in the address bar.',
  shareReady: 'Link in the address bar: copy it from there.',
  themeToDark: 'Dark theme',
  themeToLight: 'Light theme',
  tabsLabel: 'More views',
  terminalTab: 'Terminal',
  terminalPlaceholder: 'The interactive terminal loads here.',
  lessonsTab: 'Lessons',
} as const;
