/**
 * Strings of the fault menu and the keyboard shortcuts dialog, in English.
 * Both load lazily, so their strings are not in messages.ts (which the first
 * load carries); a translation is a second object of the same shape.
 */
import type { AppHelp, PresenterHelp } from '../layout/keymap.ts';

export const controlsStrings = {
  faultMenu: (step: number) => `Faults at step ${step}`,
  faultMenuButton: (step: number) => `Add a fault at step ${step}`,
  shortcutsTitle: 'Keyboard shortcuts',
  close: 'Close',
  // One row per help row of the key table (layout/keymap.ts APP_KEYS): the keys as shown, and what they do.
  shortcuts: {
    play: ['Space', 'Play or pause'],
    step: ['← / →', 'Step back / forward'],
    ends: ['Home / End', 'First / last step'],
    drop: ['D', 'Drop connection at this step'],
    crash: ['C', 'Crash client at this step'],
    help: ['?', 'Show this list'],
    close: ['Escape', 'Close this list or a menu'],
  } satisfies Record<AppHelp, readonly [string, string]>,
  // Presenter mode (layout/keymap.ts PRESENTER_KEYS) adds the keys a presentation clicker sends.
  presenterShortcutsTitle: 'In presenter mode (and in the presenter notes window)',
  presenterShortcuts: {
    next: ['PageDown / →', 'Step forward (a clicker\'s "next")'],
    prev: ['PageUp / ←', 'Step back (a clicker\'s "previous")'],
    blank: ['B or .', 'Blank the screen, and show the lab again'],
  } satisfies Record<PresenterHelp, readonly [string, string]>,
} as const;
