/**
 * Strings of the Embed button and its lazily loaded dialog, in English
 * (a translation is a second object of the same shape). Not in
 * src/ui/messages.ts, which the first load carries.
 */
export const embedStrings = {
  /** Contract name (design.md): the header tool "Embed". */
  open: 'Embed',
  title: 'Embed this scenario',
  what: (title: string, mode: string, custom: boolean) => `“${title}”, ${mode}${custom ? ', with your changes and faults' : ''}.`,
  modeDelete: 'delete on download',
  modeKeep: 'leave on server',
  elementLabel: 'Custom element',
  elementNote: 'For pages that can load a script. It follows the page’s light or dark theme.',
  iframeLabel: 'Iframe',
  iframeNote: (height: number) =>
    `Works where scripts are not allowed. The first line sizes the frame to its content; keep it once per page. Without it the frame stays ${height} px tall, enough for the Outcome in a column 640 px or wider.`,
  copyElement: 'Copy custom element',
  copyIframe: 'Copy iframe',
  copied: 'Copied.',
  copyFailed: 'Copying is not allowed here; the snippet is selected, press Ctrl+C (⌘C).',
  docsNote:
    'Documentation sites: copy embed/pop-lab.js (element) or embed.html, embed/pop-lab-resizer.js and assets/embed-* (iframe) from the build into the site, and write these paths relative to the page. docs/embedding.md has a recipe for plain HTML, VitePress, MkDocs and Docusaurus.',
  close: 'Close',
  /** view="faultmap": back from a cell's run to the map. */
  backToMap: 'Back to the fault map',
} as const;
