// The pseudo-locale: every English message accented, about 30 % longer, and
// wrapped in ⟦ ⟧, so a screen in it shows at a glance (and to a test) which
// words did not come from the catalogue, and which labels clip when a
// language runs longer than English. Placeholders ({n}, {device}) stay as
// they are: their values are data, not words.

const ACCENTED = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function accent(text) {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

/** One pattern: accent the text between placeholders, pad it by ~30 %, wrap it. */
export function pseudoPattern(pattern) {
  // A placeholder is {name}; a backslash escapes a brace (inlang message format).
  const parts = pattern.split(/(\{[A-Za-z_][A-Za-z0-9_]*\})/);
  const letters = parts.filter((_, i) => i % 2 === 0).join('').replace(/[^A-Za-z]/g, '').length;
  const padding = '·'.repeat(Math.ceil(letters * 0.3));
  const body = parts.map((part, i) => (i % 2 === 1 ? part : accent(part))).join('');
  if (body.trim() === '') return body;
  return `${PSEUDO_OPEN}${body}${padding}${PSEUDO_CLOSE}`;
}

/** The pseudo-locale of a whole catalogue (inlang message format JSON). */
export function pseudoCatalogue(en) {
  const out = {};
  for (const [key, value] of Object.entries(en)) {
    if (key === '$schema') {
      out[key] = value;
    } else if (typeof value === 'string') {
      out[key] = pseudoPattern(value);
    } else {
      // A message with variants (plurals): the same declarations and selectors, each match pseudo.
      out[key] = value.map((variant) => ({
        ...variant,
        match: Object.fromEntries(Object.entries(variant.match).map(([k, v]) => [k, pseudoPattern(v)])),
      }));
    }
  }
  return out;
}
