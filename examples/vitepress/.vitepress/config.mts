// A VitePress site that embeds POP Lab the way docs/embedding.md says
// (recipe "VitePress"). Built and tested by test/browser/docs-sites.spec.ts
// under the sub-path /sites/vitepress/.
import { defineConfig } from 'vitepress';

// The site's sub-path. VitePress applies `base` to its own links and assets,
// but not to a raw <script src> in `head`: write it there yourself.
const base = '/sites/vitepress/';

export default defineConfig({
  base,
  title: 'POP Lab in VitePress',
  srcExclude: ['README.md'],
  description: 'An example site embedding POP Lab.',
  // A <script> in markdown is read as a Vue script block, so the element's
  // script goes in the site's <head> (the resizer too, for the iframe).
  head: [
    ['link', { rel: 'icon', href: `${base}pop-lab/favicon.svg`, type: 'image/svg+xml' }],
    ['script', { type: 'module', src: `${base}pop-lab/embed/pop-lab.js` }],
    ['script', { src: `${base}pop-lab/embed/pop-lab-resizer.js`, defer: '' }],
  ],
  // Tell Vue that <pop-lab> is a custom element, not a Vue component.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'pop-lab' } } },
  themeConfig: {
    nav: [
      { text: 'Home', link: '/' },
      { text: 'Embedded lab', link: '/embed' },
      { text: 'Another page', link: '/other' },
    ],
    sidebar: [
      { text: 'Home', link: '/' },
      { text: 'Embedded lab', link: '/embed' },
      { text: 'Another page', link: '/other' },
    ],
  },
});
