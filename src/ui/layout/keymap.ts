/**
 * The one key-binding table: which key does what in the lab and in presenter
 * mode, which focused controls keep a key for themselves, and which row of
 * the `?` dialog lists it (controls/ShortcutsDialog.svelte, its words in
 * controls/strings.ts). The app's handler (layout/shortcuts.ts), the
 * presenter's (presenter/keys.ts) and the dialog all read it. Pure: no DOM.
 */

/** What a key press lands on, as far as key ownership goes. */
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

/**
 * Focused controls that keep some keys: a button (Space), the timeline
 * slider (arrows, Home, End), radios and checkboxes (arrows, Space).
 * Text fields and widgets (terminal, menus, tab lists, dialogs) keep all keys.
 */
type Keeper = 'button' | 'range' | 'choice';

export interface Binding<A extends string, H extends string> {
  /** KeyboardEvent.key values. */
  readonly keys: readonly string[];
  readonly action: A;
  /** Focused controls that keep these keys for themselves. */
  readonly keptBy: readonly Keeper[];
  /** The `?` dialog's row that lists it. */
  readonly help: H;
}

export type AppAction = 'togglePlay' | 'stepBack' | 'stepForward' | 'toStart' | 'toEnd' | 'drop' | 'crash' | 'help';
/** Rows of the dialog's lab list; 'close' is the native Escape of dialogs and menus. */
export type AppHelp = 'play' | 'step' | 'ends' | 'drop' | 'crash' | 'help' | 'close';
export type PresenterAction = 'next' | 'prev' | 'blank';
export type PresenterHelp = 'next' | 'prev' | 'blank';

/** The lab's keys (App installs them once the lazy panels arrive). */
export const APP_KEYS: readonly Binding<AppAction, AppHelp>[] = [
  { keys: [' '], action: 'togglePlay', keptBy: ['button', 'choice'], help: 'play' },
  { keys: ['ArrowLeft'], action: 'stepBack', keptBy: ['range', 'choice'], help: 'step' },
  { keys: ['ArrowRight'], action: 'stepForward', keptBy: ['range', 'choice'], help: 'step' },
  { keys: ['Home'], action: 'toStart', keptBy: ['range'], help: 'ends' },
  { keys: ['End'], action: 'toEnd', keptBy: ['range'], help: 'ends' },
  { keys: ['d', 'D'], action: 'drop', keptBy: [], help: 'drop' },
  { keys: ['c', 'C'], action: 'crash', keptBy: [], help: 'crash' },
  { keys: ['?'], action: 'help', keptBy: [], help: 'help' },
];

/**
 * Presenter mode's keys (and the notes window's): presentation clickers send
 * PageDown / PageUp (some send the arrow keys), and "b" or "." blanks the
 * screen, as in slide software.
 */
export const PRESENTER_KEYS: readonly Binding<PresenterAction, PresenterHelp>[] = [
  { keys: ['PageDown'], action: 'next', keptBy: [], help: 'next' },
  { keys: ['ArrowRight'], action: 'next', keptBy: ['range', 'choice'], help: 'next' },
  { keys: ['PageUp'], action: 'prev', keptBy: [], help: 'prev' },
  { keys: ['ArrowLeft'], action: 'prev', keptBy: ['range', 'choice'], help: 'prev' },
  { keys: ['b', 'B', '.'], action: 'blank', keptBy: [], help: 'blank' },
];

/** The dialog's rows, in table order: each help row once. */
function helpRows<H extends string>(table: readonly Binding<string, H>[], extra: readonly H[] = []): readonly H[] {
  return [...new Set([...table.map((b) => b.help), ...extra])];
}
export const APP_HELP: readonly AppHelp[] = helpRows(APP_KEYS, ['close']);
export const PRESENTER_HELP: readonly PresenterHelp[] = helpRows(PRESENTER_KEYS);

const NOT_TYPING = ['range', 'radio', 'checkbox', 'button', 'submit', 'reset'];

function keeperOf(target: KeyTarget): Keeper | 'all' | null {
  const typing = (target.tag === 'INPUT' && !NOT_TYPING.includes(target.inputType)) || target.tag === 'TEXTAREA' || target.tag === 'SELECT' || target.editable;
  if (typing || target.inWidget) return 'all';
  if (target.tag === 'BUTTON' || (target.tag === 'INPUT' && ['button', 'submit', 'reset'].includes(target.inputType))) return 'button';
  if (target.inputType === 'range') return 'range';
  if (target.inputType === 'radio' || target.inputType === 'checkbox') return 'choice';
  return null;
}

/** The action `table` binds to this key press, or null when the key is not ours here (modifiers, typing, a control's own key). */
export function keyAction<A extends string>(table: readonly Binding<A, string>[], e: KeyLike, target: KeyTarget): A | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null;
  const keeper = keeperOf(target);
  if (keeper === 'all') return null;
  const binding = table.find((b) => b.keys.includes(e.key));
  if (!binding || (keeper !== null && binding.keptBy.includes(keeper))) return null;
  return binding.action;
}

/** The KeyTarget of a DOM event target (read duck-typed, so tests need no DOM). */
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
