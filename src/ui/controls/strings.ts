/**
 * Strings of the fault menu and the keyboard shortcuts dialog, in English.
 * Both load lazily, so their strings are not in messages.ts (which the first
 * load carries); a translation is a second object of the same shape.
 */
export const controlsStrings = {
  faultMenu: (step: number) => `Faults at step ${step}`,
  faultMenuButton: (step: number) => `Add a fault at step ${step}`,
  shortcutsTitle: 'Keyboard shortcuts',
  close: 'Close',
  shortcuts: [
    ['Space', 'Play or pause'],
    ['← / →', 'Step back / forward'],
    ['Home / End', 'First / last step'],
    ['D', 'Drop connection at this step'],
    ['C', 'Crash client at this step'],
    ['?', 'Show this list'],
    ['Escape', 'Close this list or a menu'],
  ] as ReadonlyArray<readonly [string, string]>,
  // Presenter mode (presenter/keys.ts) adds the keys a presentation clicker sends.
  presenterShortcutsTitle: 'In presenter mode (and in the presenter notes window)',
  presenterShortcuts: [
    ['PageDown / →', 'Step forward (a clicker\'s "next")'],
    ['PageUp / ←', 'Step back (a clicker\'s "previous")'],
    ['B or .', 'Blank the screen, and show the lab again'],
  ] as ReadonlyArray<readonly [string, string]>,
} as const;
