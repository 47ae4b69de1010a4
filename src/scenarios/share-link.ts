/**
 * Share links: the one module that knows their fragment,
 * `#s=<payload>&lang=L&step=N&panel=P&detail=D&predict=1&view=V`. The payload is a packed
 * scenario (url-codec.ts packs and unpacks it; that code is a lazy chunk,
 * this module is not, so the app can tell a share link at first paint).
 * The format is a contract: links made by earlier versions keep working.
 */
import { isDetail, type Detail } from '../sim/steps.ts';
import { matchLanguage, type Language } from '../i18n/language.ts';

/** The fragment parameter that holds the scenario: `#s=<payload>`. */
export const LINK_PARAM = 's';
const PREFIX = `#${LINK_PARAM}=`;

/** Whether a location hash is a share link (`#s=…`). */
export function isShareHash(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

/** The payload of `#s=<payload>`, `s=<payload>` or a bare payload, trimmed. */
export function linkPayload(text: string): string {
  const t = text.trim();
  if (t.startsWith(PREFIX)) return t.slice(PREFIX.length);
  if (t.startsWith(`${LINK_PARAM}=`)) return t.slice(LINK_PARAM.length + 1);
  return t;
}

/** Whether `text` is written as a link (`#s=…` or `s=…`) rather than a bare payload. */
export function isPrefixedLink(text: string): boolean {
  const t = text.trim();
  return t.startsWith(PREFIX) || t.startsWith(`${LINK_PARAM}=`);
}

/** The panels (tabs on phones) a share link can bring into view. */
export const SHARE_PANELS = ['sequence', 'explain', 'transcript', 'terminal', 'lessons'] as const;
export type SharePanel = (typeof SHARE_PANELS)[number];

/** Views a share link can open over the lab (issue 13: the fault map). */
export const SHARE_VIEWS = ['faultmap'] as const;
export type ShareView = (typeof SHARE_VIEWS)[number];

/**
 * A share link's fragment: the scenario payload, the language the sharer
 * reads (`&lang=es`, right after the payload, so a class opens the link in
 * the teacher's language and the view parameters keep their place), the step
 * on screen (a trace index), the panel the learner has open (if any), the
 * Detail (if not the default, Commands), "Predict first" when on, and a view
 * shown over the lab (the fault map).
 */
export function shareHash(payload: string, step: number, panel: SharePanel | null = null, detail: Detail = 'commands', predict = false, view: ShareView | null = null, lang: Language | null = null): string {
  const tail = panel && SHARE_PANELS.includes(panel) ? `&panel=${panel}` : '';
  const shown = detail !== 'commands' && isDetail(detail) ? `&detail=${detail}` : '';
  const over = view && SHARE_VIEWS.includes(view) ? `&view=${view}` : '';
  const spoken = lang && matchLanguage(lang) === lang ? `&lang=${lang}` : '';
  return `${PREFIX}${payload}${spoken}&step=${Math.max(0, Math.round(step))}${tail}${shown}${predict ? '&predict=1' : ''}${over}`;
}

/**
 * Splits a share fragment into the scenario part ("#s=…"), its step, its
 * open panel, "Predict first", the view over the lab and the language; a
 * missing or bad step, an unknown panel or view, or a language POP Lab does
 * not speak is null (links from before a field existed simply lack it: a link
 * without `lang` opens in the reader's own language).
 */
export function splitShareHash(hash: string): {
  readonly link: string;
  readonly step: number | null;
  readonly panel: SharePanel | null;
  readonly detail: Detail | null;
  readonly predict: boolean;
  readonly view: ShareView | null;
  readonly lang: Language | null;
} {
  const amp = hash.indexOf('&');
  if (amp < 0) return { link: hash, step: null, panel: null, detail: null, predict: false, view: null, lang: null };
  const params = new URLSearchParams(hash.slice(amp + 1));
  const raw = params.get('step');
  const step = raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const rawPanel = params.get('panel');
  const panel = SHARE_PANELS.find((p) => p === rawPanel) ?? null;
  const rawDetail = params.get('detail');
  const rawView = params.get('view');
  // "Predict first" (predict=1): anything else leaves it off.
  return {
    link: hash.slice(0, amp),
    step,
    panel,
    detail: isDetail(rawDetail) ? rawDetail : null,
    predict: params.get('predict') === '1',
    view: SHARE_VIEWS.find((v) => v === rawView) ?? null,
    lang: matchLanguage(params.get('lang')),
  };
}
