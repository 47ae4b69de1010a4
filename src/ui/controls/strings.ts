/**
 * Strings of the keyboard shortcuts dialog, in English. The dialog loads
 * lazily, so they are not in messages.ts (which the first load carries).
 */
export const shortcutsStrings = {
  title: 'Keyboard shortcuts',
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
} as const;
