/**
 * Lesson progress kept in the browser's localStorage under one versioned
 * key: completed lessons, the current lesson and step, and checkpoint
 * answers.
 *
 * Rules of this module:
 * - Nothing here throws. Corrupt, foreign or partly valid stored data is
 *   recovered from, and the reason comes back as a `notice` string for the
 *   panel to show (design.md: saved state never breaks the page).
 * - Only our own keys are ever read or written; other keys are never touched.
 * - Saved progress is never destroyed. Progress written by a newer version
 *   of POP Lab stays where it is: saving refuses to overwrite it (checked at
 *   every save, since a newer POP Lab may be open in another tab), and the
 *   notice says that progress here lasts only for this page. Stored text we
 *   cannot read is copied to SET_ASIDE_KEY before our first save replaces it.
 * - The Storage is passed in (a fake in the Node tests, localStorage in the
 *   browser), so parsing is tested without a DOM.
 */
import { LESSON_STRINGS as S } from './strings.ts';

export const PROGRESS_KEY = 'pop-lab.lesson-progress';
const PROGRESS_VERSION = 1;
/** Where unreadable stored progress is kept before it is replaced. */
export const SET_ASIDE_KEY = 'pop-lab.lesson-progress.set-aside';

/** Upper bounds, so that a huge or hostile stored value cannot grow the UI state. */
const MAX_ENTRIES = 500;
const MAX_ID_CHARS = 100;
const MAX_STEP = 1_000;

export interface LessonProgress {
  readonly version: typeof PROGRESS_VERSION;
  readonly completed: readonly string[];
  readonly current: { readonly lessonId: string; readonly step: number } | null;
  /** Checkpoint id -> chosen choice id. */
  readonly answers: Readonly<Record<string, string>>;
}

export interface LoadedProgress {
  readonly progress: LessonProgress;
  /** Why stored progress was (partly) set aside, for the UI to show; null when all is well. */
  readonly notice: string | null;
  /** 'newer': a newer version's progress, never overwritten; 'unreadable': text we cannot read, copied aside first. */
  readonly setAside?: 'newer' | 'unreadable';
}

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const EMPTY_PROGRESS: LessonProgress = Object.freeze({ version: PROGRESS_VERSION, completed: Object.freeze([]), current: null, answers: Object.freeze({}) });

function isId(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_CHARS;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A version number above ours: written by a newer POP Lab. */
function isNewerVersion(version: unknown): boolean {
  return typeof version === 'number' && Number.isFinite(version) && version > PROGRESS_VERSION;
}

/** True when the stored text is progress from a newer version (so it must not be overwritten). */
function storedIsNewer(raw: string | null): boolean {
  if (raw === null) return false;
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) && isNewerVersion(value.version);
  } catch {
    return false;
  }
}

/**
 * Reads stored progress text. `knownLessonIds`, when given, drops entries
 * for lessons that no longer exist (silently: that is not the learner's loss).
 */
export function parseProgress(raw: string | null, knownLessonIds?: ReadonlySet<string>): LoadedProgress {
  if (raw === null || raw === '') return { progress: EMPTY_PROGRESS, notice: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: EMPTY_PROGRESS, notice: S.progressCorrupt, setAside: 'unreadable' };
  }
  if (!isRecord(value)) return { progress: EMPTY_PROGRESS, notice: S.progressCorrupt, setAside: 'unreadable' };
  if (isNewerVersion(value.version)) return { progress: EMPTY_PROGRESS, notice: S.progressNewer, setAside: 'newer' };
  if (value.version !== PROGRESS_VERSION) return { progress: EMPTY_PROGRESS, notice: S.progressForeign, setAside: 'unreadable' };

  let partial = false;
  const known = (id: string) => !knownLessonIds || knownLessonIds.has(id);

  const completed: string[] = [];
  if (Array.isArray(value.completed)) {
    for (const id of value.completed.slice(0, MAX_ENTRIES)) {
      if (!isId(id)) partial = true;
      else if (known(id) && !completed.includes(id)) completed.push(id);
    }
    if (value.completed.length > MAX_ENTRIES) partial = true;
  } else if (value.completed !== undefined) partial = true;

  let current: LessonProgress['current'] = null;
  const c = value.current;
  if (isRecord(c) && isId(c.lessonId) && Number.isSafeInteger(c.step) && (c.step as number) >= 0 && (c.step as number) <= MAX_STEP) {
    if (known(c.lessonId)) current = { lessonId: c.lessonId, step: c.step as number };
  } else if (c !== null && c !== undefined) partial = true;

  const answers: Record<string, string> = {};
  if (isRecord(value.answers)) {
    const entries = Object.entries(value.answers);
    for (const [k, v] of entries.slice(0, MAX_ENTRIES)) {
      // Object keys such as "__proto__" are refused: answers is a plain record.
      if (isId(k) && isId(v) && k !== '__proto__') answers[k] = v;
      else partial = true;
    }
    if (entries.length > MAX_ENTRIES) partial = true;
  } else if (value.answers !== undefined) partial = true;

  return { progress: { version: PROGRESS_VERSION, completed, current, answers }, notice: partial ? S.progressPartial : null };
}

/** Loads progress; a Storage that throws (blocked cookies, sandboxed iframe) is a notice, not an error. */
export function loadProgress(storage: ProgressStorage | null | undefined, knownLessonIds?: ReadonlySet<string>): LoadedProgress {
  if (!storage) return { progress: EMPTY_PROGRESS, notice: S.progressUnavailable };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: EMPTY_PROGRESS, notice: S.progressUnavailable };
  }
  const loaded = parseProgress(raw, knownLessonIds);
  if (loaded.setAside === 'unreadable' && raw !== null) {
    // Kept before our first save replaces it (a full or blocked storage just means no copy).
    try {
      storage.setItem(SET_ASIDE_KEY, raw);
    } catch {
      // The notice already says lessons start afresh.
    }
  }
  return loaded;
}

function serializeProgress(progress: LessonProgress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, completed: progress.completed, current: progress.current, answers: progress.answers });
}

export function saveProgress(storage: ProgressStorage | null | undefined, progress: LessonProgress): SaveResult {
  if (!storage) return { ok: false, error: S.progressUnavailable };
  try {
    if (storedIsNewer(storage.getItem(PROGRESS_KEY))) return { ok: false, error: S.progressNewer };
    storage.setItem(PROGRESS_KEY, serializeProgress(progress));
    return { ok: true };
  } catch {
    return { ok: false, error: S.progressSaveFailed };
  }
}

// Pure updates (the panel replaces its progress value with the result).

export function withCompleted(p: LessonProgress, lessonId: string): LessonProgress {
  return p.completed.includes(lessonId) ? p : { ...p, completed: [...p.completed, lessonId] };
}

export function withCurrent(p: LessonProgress, lessonId: string | null, step = 0): LessonProgress {
  return { ...p, current: lessonId === null ? null : { lessonId, step } };
}

export function withAnswer(p: LessonProgress, checkpointId: string, choiceId: string): LessonProgress {
  return { ...p, answers: { ...p.answers, [checkpointId]: choiceId } };
}

/** The browser's localStorage, or null where reading the property itself throws. */
export function browserStorage(): ProgressStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
