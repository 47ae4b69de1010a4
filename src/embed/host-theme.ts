/**
 * The host page's own light/dark signal, for theme="auto" (issue 14 item 2).
 * Used by the <pop-lab> element (it sees the host document) and by
 * pop-lab-resizer.js (it runs on the host and tells POP Lab frames).
 *
 * Order, first match wins:
 * 1. Markers the common generators set on <html> or <body>:
 *    - the class `dark` (VitePress, Tailwind sites; `light` likewise),
 *    - `data-theme` (Docusaurus, Starlight, Furo), `data-color-scheme`,
 *      and any `data-*-color-scheme` / `data-*-theme` (MkDocs Material's
 *      `data-md-color-scheme="slate"`, Bootstrap's `data-bs-theme`),
 *      read as dark ("dark", "slate", "…dark…") or light ("light",
 *      "default", "…light…"); other values ("auto") say nothing.
 *    A page that has shown the `dark` class once switches by that class, so
 *    from then on its absence means light (VitePress removes it for light).
 * 2. The page's own background colour (body, else html), if it paints one:
 *    a page that is visibly dark gets a dark widget.
 * 3. Nothing: the caller falls back to the reader's system setting.
 *
 * The parsing is pure; only readHostTheme and watchHostTheme touch the DOM.
 */
export type HostTheme = 'light' | 'dark';

const ATTRIBUTE = /^data-(?:[a-z0-9]+-)*(?:color-scheme|theme)$/;

/** Reads an attribute value such as "dark", "slate", "light", "default". */
export function themeFromValue(value: string): HostTheme | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (v === 'slate' || v.includes('dark')) return 'dark';
  if (v === 'default' || v.includes('light')) return 'light';
  return null;
}

/** The `dark`/`light` class tokens. */
export function themeFromClasses(classes: string): HostTheme | null {
  const tokens = classes.split(/\s+/);
  if (tokens.includes('dark')) return 'dark';
  if (tokens.includes('light')) return 'light';
  return null;
}

/** "rgb(r, g, b)" / "rgba(r, g, b, a)" / "rgb(r g b / a)" → dark or light; null if (nearly) transparent or unreadable. */
export function themeFromBackground(color: string): HostTheme | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  let alpha = m[4] === undefined ? 1 : Number.parseFloat(m[4]);
  if (m[4]?.endsWith('%')) alpha /= 100;
  if (!(alpha >= 0.5)) return null;
  // WCAG relative luminance (sRGB).
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => lin(Number(x)));
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return luminance < 0.2 ? 'dark' : 'light';
}

/** Documents whose `dark` class has been seen: from then on, no class means light. */
const classSwitched = new WeakSet<Document>();

function markerOf(el: Element | null, doc: Document): HostTheme | null {
  if (!el) return null;
  for (const attr of Array.from(el.attributes)) {
    if (ATTRIBUTE.test(attr.name)) {
      const t = themeFromValue(attr.value);
      if (t) return t;
    }
  }
  const t = themeFromClasses(el.getAttribute('class') ?? '');
  if (t === 'dark') classSwitched.add(doc);
  return t;
}

/** The host document's theme signal now, or null when it gives none. */
function readHostTheme(doc: Document): HostTheme | null {
  const marker = markerOf(doc.documentElement, doc) ?? markerOf(doc.body, doc);
  if (marker) return marker;
  if (classSwitched.has(doc)) return 'light';
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const t = themeFromBackground(view.getComputedStyle(el).backgroundColor);
    if (t) return t;
  }
  return null;
}

/**
 * Calls `on` with the host's signal now and on every change of the attributes
 * of <html> and <body> (class, data-*, style), observed live with a
 * MutationObserver. Returns the teardown.
 */
export function watchHostTheme(doc: Document, on: (theme: HostTheme | null) => void): () => void {
  let last: HostTheme | null | undefined;
  const check = () => {
    const t = readHostTheme(doc);
    if (t !== last) {
      last = t;
      on(t);
    }
  };
  check();
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return () => {};
  const observer = new Observer(check);
  observer.observe(doc.documentElement, { attributes: true });
  const observeBody = () => {
    if (doc.body) observer.observe(doc.body, { attributes: true });
  };
  if (doc.body) observeBody();
  else doc.addEventListener('DOMContentLoaded', observeBody, { once: true });
  return () => {
    observer.disconnect();
    doc.removeEventListener('DOMContentLoaded', observeBody);
  };
}
