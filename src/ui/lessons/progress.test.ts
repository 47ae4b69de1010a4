import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROGRESS,
  PROGRESS_KEY,
  SET_ASIDE_KEY,
  loadProgress,
  parseProgress,
  saveProgress,
  withAnswer,
  withCompleted,
  withCurrent,
  type ProgressStorage,
} from './progress.ts';
import { LESSON_STRINGS as S } from './strings.ts';

class FakeStorage implements ProgressStorage {
  readonly data = new Map<string, string>();
  failReads = false;
  failWrites = false;
  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('blocked', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const KNOWN = new Set(['first-session-by-hand', 'drop-before-quit']);

describe('lesson progress store', () => {
  it('round-trips completed lessons, the current step and answers, without touching other keys', () => {
    const storage = new FakeStorage();
    storage.data.set('someone-else', 'keep me');
    let p = withCompleted(EMPTY_PROGRESS, 'first-session-by-hand');
    p = withCurrent(p, 'drop-before-quit', 2);
    p = withAnswer(p, 'drop-before-quit.message-2', 'duplicate');
    expect(saveProgress(storage, p)).toEqual({ ok: true });
    const loaded = loadProgress(storage, KNOWN);
    expect(loaded.notice).toBeNull();
    expect(loaded.progress).toEqual(p);
    expect(storage.data.get('someone-else')).toBe('keep me');
    expect([...storage.data.keys()].sort()).toEqual([PROGRESS_KEY, 'someone-else'].sort());
  });

  it('nothing stored: empty progress and no notice', () => {
    expect(loadProgress(new FakeStorage())).toEqual({ progress: EMPTY_PROGRESS, notice: null });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['an array', '[1,2,3]'],
    ['a string', '"hello"'],
    ['null', 'null'],
  ])('corrupt data (%s) is recovered from with a clear message', (_what, raw) => {
    const result = parseProgress(raw);
    expect(result.progress).toEqual(EMPTY_PROGRESS);
    expect(result.notice).toBe(S.progressCorrupt);
  });

  it('data of another version is set aside with its own message', () => {
    expect(parseProgress(JSON.stringify({ version: 99, completed: ['x'] })).notice).toBe(S.progressNewer);
    expect(parseProgress(JSON.stringify({ completed: ['x'] })).notice).toBe(S.progressForeign);
    expect(parseProgress(JSON.stringify({ version: '2', completed: ['x'] })).notice).toBe(S.progressForeign);
  });

  it('progress from a newer version is never overwritten: opening a lesson does not save over it, and says so (issue 10 item 7)', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 2, lessons: { 'drop-before-quit': { done: true } }, streak: 12 });
    storage.data.set(PROGRESS_KEY, newer);
    const loaded = loadProgress(storage, KNOWN);
    expect(loaded).toEqual({ progress: EMPTY_PROGRESS, notice: S.progressNewer, setAside: 'newer' });
    // What the lesson panel does when the learner opens a lesson.
    expect(saveProgress(storage, withCurrent(loaded.progress, 'drop-before-quit', 0))).toEqual({ ok: false, error: S.progressNewer });
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
    expect(S.progressNewer).toMatch(/newer version/);
  });

  it('a newer version written from another tab after loading is not overwritten either', () => {
    const storage = new FakeStorage();
    const loaded = loadProgress(storage, KNOWN);
    expect(saveProgress(storage, withCompleted(loaded.progress, 'drop-before-quit'))).toEqual({ ok: true });
    const newer = JSON.stringify({ version: 3 });
    storage.data.set(PROGRESS_KEY, newer);
    expect(saveProgress(storage, withCompleted(loaded.progress, 'first-session-by-hand')).ok).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
  });

  it('unreadable stored progress is copied aside before the first save replaces it', () => {
    const storage = new FakeStorage();
    const odd = JSON.stringify({ completed: ['x'], note: 'no version' });
    storage.data.set(PROGRESS_KEY, odd);
    const loaded = loadProgress(storage, KNOWN);
    expect(loaded.notice).toBe(S.progressForeign);
    expect(storage.data.get(SET_ASIDE_KEY)).toBe(odd);
    expect(saveProgress(storage, withCurrent(loaded.progress, 'drop-before-quit', 1))).toEqual({ ok: true });
    expect(storage.data.get(SET_ASIDE_KEY)).toBe(odd);
    storage.data.set(PROGRESS_KEY, '{"version":1,');
    expect(loadProgress(storage).notice).toBe(S.progressCorrupt);
    expect(storage.data.get(SET_ASIDE_KEY)).toBe('{"version":1,');
  });

  it('keeps the valid parts of partly broken data and says so', () => {
    const raw = JSON.stringify({
      version: 1,
      completed: ['first-session-by-hand', 42, '', 'first-session-by-hand'],
      current: { lessonId: 'drop-before-quit', step: -3 },
      answers: { 'a.b': 'yes', 'c.d': 7 },
    });
    const result = parseProgress(raw);
    expect(result.notice).toBe(S.progressPartial);
    expect(result.progress.completed).toEqual(['first-session-by-hand']);
    expect(result.progress.current).toBeNull();
    expect(result.progress.answers).toEqual({ 'a.b': 'yes' });
  });

  it('drops lessons that no longer exist, silently', () => {
    const raw = JSON.stringify({ version: 1, completed: ['gone', 'drop-before-quit'], current: { lessonId: 'gone', step: 1 }, answers: {} });
    const result = parseProgress(raw, KNOWN);
    expect(result.notice).toBeNull();
    expect(result.progress.completed).toEqual(['drop-before-quit']);
    expect(result.progress.current).toBeNull();
  });

  it('refuses a __proto__ key in answers', () => {
    const result = parseProgress('{"version":1,"completed":[],"current":null,"answers":{"__proto__":"x","ok":"y"}}');
    expect(result.progress.answers).toEqual({ ok: 'y' });
    expect(Object.getPrototypeOf(result.progress.answers)).toBe(Object.prototype);
  });

  it('a storage that throws on read or write gives a message, never an exception', () => {
    const storage = new FakeStorage();
    storage.failReads = true;
    expect(loadProgress(storage)).toEqual({ progress: EMPTY_PROGRESS, notice: S.progressUnavailable });
    storage.failWrites = true;
    expect(saveProgress(storage, EMPTY_PROGRESS)).toEqual({ ok: false, error: S.progressSaveFailed });
    expect(loadProgress(null).notice).toBe(S.progressUnavailable);
  });

  it('any string at all is parsed without throwing', () => {
    const samples = ['', '{', '{}', '{"version":1}', '{"version":1,"completed":{},"current":7,"answers":[]}', '\u0000', '1e999', '{"version":"1"}'];
    for (const raw of samples) expect(() => parseProgress(raw)).not.toThrow();
    expect(parseProgress('{"version":1,"completed":{},"current":7,"answers":[]}').notice).toBe(S.progressPartial);
  });
});
