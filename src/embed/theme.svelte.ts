/**
 * The embed's theme as state, so it can change while the run goes on
 * (issue 14 item 2: a theme change never resets the run). Order: the
 * explicit choice (attribute, URL parameter or setTheme command), then the
 * host page's signal (host-theme.ts, or the resizer's message for frames),
 * then the reader's system setting.
 */
import type { HostTheme } from './host-theme.ts';
import type { Theme } from './options.ts';

export class EmbedTheme {
  choice = $state<Theme>('auto');
  host = $state<HostTheme | null>(null);
  system = $state<HostTheme>('light');
  shown: HostTheme = $derived(this.choice !== 'auto' ? this.choice : (this.host ?? this.system));
  #dispose: () => void = () => {};

  constructor(choice: Theme) {
    this.choice = choice;
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    this.system = query.matches ? 'dark' : 'light';
    const on = (e: MediaQueryListEvent) => (this.system = e.matches ? 'dark' : 'light');
    query.addEventListener('change', on);
    this.#dispose = () => query.removeEventListener('change', on);
  }

  destroy(): void {
    this.#dispose();
  }
}
