/**
 * Presenter keys: presentation clickers send PageDown / PageUp (some send the
 * arrow keys), and "b" or "." blanks the screen (as in slide software).
 *
 * The listener runs in the capture phase and marks the keys it handles with
 * preventDefault(), so the lab's own shortcut handler (which ignores
 * defaultPrevented events) does not step a second time.
 */
export type PresenterAction = 'next' | 'prev' | 'blank';

/** What the key handler needs to know about the focused element. */
export interface KeyTarget {
  /** Upper-case tag name, e.g. "INPUT". */
  readonly tag: string;
  /** For INPUT: its type ("range", "text"…), else "". */
  readonly inputType: string;
  /** Inside a widget that owns its keys: the terminal, a menu, a tab list, a dialog. */
  readonly inWidget: boolean;
  readonly editable: boolean;
}

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
}

/** The presenter action for a key press, or null when the key is not ours here (typing, a slider's own arrows…). */
export function presenterAction(e: KeyLike, target: KeyTarget): PresenterAction | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null;
  const typing = (target.tag === 'INPUT' && !['range', 'radio', 'checkbox', 'button'].includes(target.inputType)) || target.tag === 'TEXTAREA' || target.tag === 'SELECT' || target.editable;
  if (typing || target.inWidget) return null;
  const arrowsTaken = target.tag === 'INPUT' && ['range', 'radio'].includes(target.inputType);
  switch (e.key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'prev';
    case 'ArrowRight':
      return arrowsTaken ? null : 'next';
    case 'ArrowLeft':
      return arrowsTaken ? null : 'prev';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return null;
  }
}

export function keyTargetOf(el: EventTarget | null): KeyTarget {
  const h = el as { tagName?: unknown; type?: unknown; isContentEditable?: unknown; closest?: (s: string) => unknown } | null;
  const tag = typeof h?.tagName === 'string' ? h.tagName.toUpperCase() : '';
  return {
    tag,
    inputType: tag === 'INPUT' && typeof h?.type === 'string' ? h.type : '',
    editable: h?.isContentEditable === true,
    inWidget: typeof h?.closest === 'function' ? Boolean(h.closest('[data-terminal], [role="menu"], [role="tablist"], dialog')) : false,
  };
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
