/**
 * Entry of dist/embed/pop-lab.js (vite.embed.config.ts): defines <pop-lab>
 * and exports nothing, so the file is a self-contained script that runs the
 * same as `<script type="module">` and as a classic `<script>` (MkDocs before
 * 1.5 can only emit the latter for `extra_javascript`), and adds no global.
 */
import './element.ts';
