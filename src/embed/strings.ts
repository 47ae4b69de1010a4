/** Words of the Embed dialog (header Tools), from the message catalogue (embed_). It loads lazily. */
import * as m from '../i18n/paraglide/messages.js';

export const embedStrings = {
  /** Contract name (design.md): the header tool "Embed". */
  get open() { return m.embed_open(); },
  get title() { return m.embed_title(); },
  what: (title: string, mode: string, custom: boolean): string =>
    custom ? m.embed_whatCustom({ title, mode }) : m.embed_what({ title, mode }),
  get modeDelete() { return m.embed_modeDelete(); },
  get modeKeep() { return m.embed_modeKeep(); },
  get elementLabel() { return m.embed_elementLabel(); },
  get elementNote() { return m.embed_elementNote(); },
  get iframeLabel() { return m.embed_iframeLabel(); },
  iframeNote: (height: number): string => m.embed_iframeNote({ height }),
  get copyElement() { return m.embed_copyElement(); },
  get copyIframe() { return m.embed_copyIframe(); },
  get copied() { return m.embed_copied(); },
  get copyFailed() { return m.embed_copyFailed(); },
  get docsNote() { return m.embed_docsNote(); },
  get close() { return m.embed_close(); },
  /** view="faultmap": back from a cell's run to the map. */
  get backToMap() { return m.embed_backToMap(); },
};

/** embed.html's own words while a scenario other than the prerendered default loads (the same text as the HTML's, for vite dev). */
export const embedPageStrings = {
  get loading() { return m.embed_pageLoading(); },
};
