import { describe, expect, it } from 'vitest';
import { APP_HELP, APP_KEYS, keyAction, PRESENTER_HELP, PRESENTER_KEYS, type KeyTarget } from './keymap.ts';
import { controlsStrings as cs } from '../controls/strings.ts';

const body: KeyTarget = { tag: 'BODY', inputType: '', inWidget: false, editable: false };
const key = (k: string, mods: Partial<{ ctrlKey: boolean; defaultPrevented: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, ...mods });
const input = (type: string): KeyTarget => ({ ...body, tag: 'INPUT', inputType: type });

describe('the key table drives the app, the presenter and the ? dialog', () => {
  it('the dialog lists every bound row once, in table order, each with its keys and words', () => {
    expect(APP_HELP).toEqual(['play', 'step', 'ends', 'drop', 'crash', 'help', 'close']);
    expect(PRESENTER_HELP).toEqual(['next', 'prev', 'blank']);
    for (const row of APP_HELP) expect(cs.shortcuts[row].every((s) => s.length > 0)).toBe(true);
    for (const row of PRESENTER_HELP) expect(cs.presenterShortcuts[row].every((s) => s.length > 0)).toBe(true);
  });

  it('no key is bound twice in one table', () => {
    for (const table of [APP_KEYS, PRESENTER_KEYS]) {
      const keys = table.flatMap((b) => b.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('app keys: Space plays except on a button or a choice; arrows, Home and End belong to the slider; D and C inject', () => {
    expect(keyAction(APP_KEYS, key(' '), body)).toBe('togglePlay');
    expect(keyAction(APP_KEYS, key(' '), { ...body, tag: 'BUTTON' })).toBeNull();
    expect(keyAction(APP_KEYS, key(' '), input('checkbox'))).toBeNull();
    expect(keyAction(APP_KEYS, key('ArrowLeft'), body)).toBe('stepBack');
    expect(keyAction(APP_KEYS, key('ArrowRight'), input('range'))).toBeNull();
    expect(keyAction(APP_KEYS, key('ArrowRight'), input('radio'))).toBeNull();
    expect(keyAction(APP_KEYS, key('Home'), input('range'))).toBeNull();
    expect(keyAction(APP_KEYS, key('End'), body)).toBe('toEnd');
    expect(keyAction(APP_KEYS, key('D'), { ...body, tag: 'BUTTON' })).toBe('drop');
    expect(keyAction(APP_KEYS, key('c'), body)).toBe('crash');
    expect(keyAction(APP_KEYS, key('?'), body)).toBe('help');
    expect(keyAction(APP_KEYS, key('d'), input('text'))).toBeNull();
    expect(keyAction(APP_KEYS, key('d'), { ...body, inWidget: true })).toBeNull();
    expect(keyAction(APP_KEYS, key('d', { ctrlKey: true }), body)).toBeNull();
    expect(keyAction(APP_KEYS, key('x'), body)).toBeNull();
  });
});
