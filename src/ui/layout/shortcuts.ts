/**
 * The lab's keyboard shortcuts (the `?` dialog lists them, with the presenter
 * keys of presenter/keys.ts). App installs this on the window once the lazy
 * panels arrive, a moment after the first paint, so the handler is not in
 * the first load.
 */
import type { FaultKind } from '../../sim/types.ts';
import { DROP_BUTTON_FAULT } from '../controls/controls-props.ts';

/** What the shortcuts drive: the player's transport and the two fault buttons. */
export interface ShortcutTarget {
  togglePlay(): void;
  stepBack(): void;
  stepForward(): void;
  toStart(): void;
  toEnd(): void;
}

/**
 * Handles one key press; `openShortcuts` shows the `?` dialog. Keys belong to
 * the control that has focus first: text fields, the timeline slider (arrows,
 * Home, End), radios (arrows), checkboxes and buttons (Space), the terminal,
 * menus and tab lists keep theirs.
 */
export function appShortcut(e: KeyboardEvent, player: ShortcutTarget, inject: (kind: FaultKind) => void, openShortcuts: () => void): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const el = e.target instanceof HTMLElement ? e.target : null;
  const tag = el?.tagName ?? '';
  const inputType = tag === 'INPUT' ? (el as HTMLInputElement).type : '';
  const isRange = inputType === 'range';
  const isChoice = inputType === 'radio' || inputType === 'checkbox';
  const typing = (tag === 'INPUT' && !isRange && !isChoice) || tag === 'TEXTAREA' || tag === 'SELECT' || el?.isContentEditable;
  if (typing) return;
  if (el?.closest('[data-terminal], [role="menu"], [role="tablist"], dialog')) return;
  if (isChoice && (e.key.startsWith('Arrow') || e.key === ' ')) return;
  const act = (f: () => void) => {
    e.preventDefault();
    f();
  };
  switch (e.key) {
    case ' ':
      if (tag !== 'BUTTON') act(() => player.togglePlay());
      break;
    case 'ArrowLeft':
      if (!isRange) act(() => player.stepBack());
      break;
    case 'ArrowRight':
      if (!isRange) act(() => player.stepForward());
      break;
    case 'Home':
      if (!isRange) act(() => player.toStart());
      break;
    case 'End':
      if (!isRange) act(() => player.toEnd());
      break;
    case 'd':
    case 'D':
      act(() => inject(DROP_BUTTON_FAULT));
      break;
    case 'c':
    case 'C':
      act(() => inject('crash-client'));
      break;
    case '?':
      act(openShortcuts);
      break;
  }
}
