/**
 * Words of the fault menu and the keyboard shortcuts dialog, from the message
 * catalogue (faults_, shortcuts_). Both load lazily, so their messages are not
 * in messages.ts (which the first load carries).
 */
import * as m from '../../i18n/paraglide/messages.js';
import type { AppHelp, PresenterHelp } from '../layout/keymap.ts';

type Row = readonly [keys: string, does: string];

export const controlsStrings = {
  faultMenu: (step: number): string => m.faults_menu({ step }),
  faultMenuButton: (step: number): string => m.faults_menuButton({ step }),
  get shortcutsTitle() { return m.shortcuts_title(); },
  get close() { return m.shortcuts_close(); },
  // One row per help row of the key table (layout/keymap.ts APP_KEYS): the keys as shown, and what they do.
  shortcuts: {
    get play(): Row { return [m.shortcuts_keySpace(), m.shortcuts_playPause()]; },
    get step(): Row { return [m.shortcuts_keyArrows(), m.shortcuts_stepBackForward()]; },
    get ends(): Row { return [m.shortcuts_keyHomeEnd(), m.shortcuts_firstLast()]; },
    get drop(): Row { return ['D', m.shortcuts_drop()]; },
    get crash(): Row { return ['C', m.shortcuts_crash()]; },
    get help(): Row { return ['?', m.shortcuts_help()]; },
    get close(): Row { return [m.shortcuts_keyEscape(), m.shortcuts_escape()]; },
  } satisfies Record<AppHelp, Row>,
  // Presenter mode (layout/keymap.ts PRESENTER_KEYS) adds the keys a presentation clicker sends.
  get presenterShortcutsTitle() { return m.shortcuts_presenterTitle(); },
  presenterShortcuts: {
    get next(): Row { return [m.shortcuts_keyPageDown(), m.shortcuts_next()]; },
    get prev(): Row { return [m.shortcuts_keyPageUp(), m.shortcuts_previous()]; },
    get blank(): Row { return [m.shortcuts_keyBlank(), m.shortcuts_blank()]; },
  } satisfies Record<PresenterHelp, Row>,
};
