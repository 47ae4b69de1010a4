/**
 * pop-lab-resizer.js: one script on the host page that sizes every POP Lab
 * iframe on it (issue 14 item 3). Built by vite.embed.config.ts into
 * dist/embed/pop-lab-resizer.js: no dependencies, no inline code, no eval,
 * so it runs under a strict CSP (`script-src 'self'` once the file is on the
 * site).
 *
 *   <script src="pop-lab/embed/pop-lab-resizer.js" defer></script>
 *   <iframe src="pop-lab/embed.html?scenario=first-session" style="width:100%;border:0" height="900" title="…"></iframe>
 *
 * - `{ type: 'pop-lab:resize', height }` from a frame sets that frame's height,
 *   only when the message really comes from an <iframe> of this page
 *   (event.source is its contentWindow) and the height is a sane number.
 *   Borders and padding of border-box frames are added, so no inner scrollbar.
 * - The H5P resizer convention (h5p-resizer.js) is understood too, for any
 *   frame: hello → hello, prepareResize → resize the frame and answer
 *   resizePrepared, resize → resize. Skipped when h5p-resizer.js itself is on
 *   the page (it sets window.h5pResizerInitialized), so the two do not fight.
 * - theme="auto" frames follow the host page's dark-mode toggle: this script
 *   watches the page's own signal (host-theme.ts) and tells each POP Lab frame
 *   `{ type: 'pop-lab:hostTheme', theme }`, sent to the frame's own origin.
 * Loading it twice is harmless.
 */
import { watchHostTheme, type HostTheme } from './host-theme.ts';

const MAX_HEIGHT = 20_000;

interface Flagged {
  [key: symbol]: boolean | undefined;
  h5pResizerInitialized?: boolean;
}

(function start() {
  const flags = window as unknown as Flagged;
  const key = Symbol.for('pop-lab-resizer');
  if (flags[key]) return;
  flags[key] = true;

  /** POP Lab frames seen so far, with the origin their messages came from. */
  const popLabFrames = new Map<HTMLIFrameElement, string>();
  let hostTheme: HostTheme | null = null;

  function frameOf(source: MessageEventSource | null): HTMLIFrameElement | null {
    if (!source) return null;
    const frames = document.getElementsByTagName('iframe');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]!;
      if (frame.contentWindow === source) return frame;
    }
    return null;
  }

  function setHeight(frame: HTMLIFrameElement, height: unknown): void {
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    const style = getComputedStyle(frame);
    let extra = 0;
    if (style.boxSizing === 'border-box') {
      for (const side of [style.borderTopWidth, style.borderBottomWidth, style.paddingTop, style.paddingBottom]) extra += Number.parseFloat(side) || 0;
    }
    const value = `${Math.ceil(height + extra)}px`;
    if (frame.style.height !== value) frame.style.height = value;
  }

  function tellTheme(frame: HTMLIFrameElement, origin: string): void {
    try {
      frame.contentWindow?.postMessage({ type: 'pop-lab:hostTheme', theme: hostTheme }, origin);
    } catch {
      // The frame navigated away meanwhile: nothing to tell.
    }
  }

  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    const d = data as { type?: unknown; height?: unknown; context?: unknown; action?: unknown; scrollHeight?: unknown };
    if (d.type === 'pop-lab:resize') {
      setHeight(frame, d.height);
      if (!popLabFrames.has(frame)) {
        popLabFrames.set(frame, event.origin);
        tellTheme(frame, event.origin);
      }
      return;
    }
    if (d.context === 'h5p' && !flags.h5pResizerInitialized) {
      const reply = (action: string) => (event.source as Window).postMessage({ context: 'h5p', action }, event.origin);
      if (d.action === 'hello') reply('hello');
      else if (d.action === 'prepareResize') {
        setHeight(frame, d.scrollHeight);
        reply('resizePrepared');
      } else if (d.action === 'resize') setHeight(frame, d.scrollHeight);
    }
  });

  watchHostTheme(document, (theme) => {
    hostTheme = theme;
    popLabFrames.forEach((origin, frame) => {
      if (frame.isConnected) tellTheme(frame, origin);
      else popLabFrames.delete(frame);
    });
  });
})();
