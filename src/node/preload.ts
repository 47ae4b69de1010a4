/**
 * Vite's `build.modulePreload.resolveDependencies` for the app's and
 * embed.html's builds (issue 12). A dynamic import() preloads what it needs
 * through Vite's helper, which appends a <link> per chunk: for the lazy
 * panels that one task took ~0.4 s on a 4x slowed CPU, and for embed.html's
 * player ~0.28 s. The browser fetches a chunk's static imports itself as soon
 * as the chunk arrives, so only the stylesheets (which the helper must add)
 * are kept; what the HTML itself names is left alone.
 */
export function stylesheetsOnly(_file: string, deps: string[], context: { hostType: 'html' | 'js' }): string[] {
  return context.hostType === 'js' ? deps.filter((d) => d.endsWith('.css')) : deps;
}
