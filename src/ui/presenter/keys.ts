/**
 * Presenter keys, as the key table binds them (layout/keymap.ts
 * PRESENTER_KEYS): a clicker's PageDown / PageUp or arrows step, "b" or "."
 * blanks the screen.
 *
 * The listener runs in the capture phase and marks the keys it handles with
 * preventDefault(), so the lab's own shortcut handler (which ignores
 * defaultPrevented events) does not step a second time.
 */
import { keyAction, keyTargetOf, PRESENTER_KEYS, type KeyLike, type KeyTarget, type PresenterAction } from '../layout/keymap.ts';

export type { KeyTarget, PresenterAction };
export { keyTargetOf };

/** The presenter action for a key press, or null when the key is not ours here (typing, a slider's own arrows…). */
export function presenterAction(e: KeyLike, target: KeyTarget): PresenterAction | null {
  return keyAction(PRESENTER_KEYS, e, target);
}

/** The part of the Player presenter keys drive. */
export interface KeyPlayer {
  stepForward(): void;
  stepBack(): void;
}

/**
 * Installs the presenter keys on `target` (the window) and returns the
 * teardown. `onBlank` toggles the blank screen; without it "b" and "." are
 * left alone.
 */
export function presenterKeys(
  player: KeyPlayer,
  options: { readonly onBlank?: () => void; readonly target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> } = {},
): () => void {
  const target = options.target ?? globalThis;
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    const action = presenterAction(e, keyTargetOf(e.target));
    if (!action || (action === 'blank' && !options.onBlank)) return;
    e.preventDefault();
    if (action === 'next') player.stepForward();
    else if (action === 'prev') player.stepBack();
    else options.onBlank?.();
  };
  target.addEventListener('keydown', onKey, { capture: true });
  return () => target.removeEventListener('keydown', onKey, { capture: true });
}
