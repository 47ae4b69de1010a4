/**
 * Saves text as a file through the browser's download: an object URL on a
 * hidden link, clicked once. The URL is revoked a moment later, not at once,
 * because some browsers start reading it only after the click returns.
 * One function for every export (transcript, sequence SVG, scenario file,
 * fault map SVG).
 */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
