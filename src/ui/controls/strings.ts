/**
 * Words of the fault menu and the keyboard shortcuts dialog, from the message
 * catalogue (faults_, shortcuts_). Both load lazily, so their messages are not
 * in messages.ts (which the first load carries).
 */
import * as m from '../../i18n/paraglide/messages.js';

type Shortcuts = ReadonlyArray<readonly [string, string]>;

export const controlsStrings = {
  faultMenu: (step: number): string => m.faults_menu({ step }),
  faultMenuButton: (step: number): string => m.faults_menuButton({ step }),
  get shortcutsTitle() { return m.shortcuts_title(); },
  get close() { return m.shortcuts_close(); },
  get shortcuts(): Shortcuts {
    return [
      [m.shortcuts_keySpace(), m.shortcuts_playPause()],
      [m.shortcuts_keyArrows(), m.shortcuts_stepBackForward()],
      [m.shortcuts_keyHomeEnd(), m.shortcuts_firstLast()],
      ['D', m.shortcuts_drop()],
      ['C', m.shortcuts_crash()],
      ['?', m.shortcuts_help()],
      [m.shortcuts_keyEscape(), m.shortcuts_escape()],
    ];
  },
  // Presenter mode (presenter/keys.ts) adds the keys a presentation clicker sends.
  get presenterShortcutsTitle() { return m.shortcuts_presenterTitle(); },
  get presenterShortcuts(): Shortcuts {
    return [
      [m.shortcuts_keyPageDown(), m.shortcuts_next()],
      [m.shortcuts_keyPageUp(), m.shortcuts_previous()],
      [m.shortcuts_keyBlank(), m.shortcuts_blank()],
    ];
  },
};
