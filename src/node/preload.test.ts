import { describe, expect, it } from 'vitest';
import { stylesheetsOnly } from './preload.ts';

describe('stylesheetsOnly: a dynamic import() preloads only its stylesheets (issue 12)', () => {
  it('drops the chunks from an import() and keeps what the HTML names', () => {
    const deps = ['assets/panels-a.js', 'assets/sync-b.js', 'assets/panels-c.css'];
    expect(stylesheetsOnly('assets/index.js', deps, { hostType: 'js' })).toEqual(['assets/panels-c.css']);
    expect(stylesheetsOnly('index.html', deps, { hostType: 'html' })).toEqual(deps);
  });
});
