/**
 * embed.html's entry: small on purpose, as the app's (src/main.ts, issue 12).
 * The prerendered player is already in the HTML with its stylesheets; the
 * player's code (embed-page.ts) is fetched and run once the browser has
 * painted it, so a docs page's reader sees the player before its code
 * arrives, and a slow phone paints it without sharing the bandwidth.
 */
import '../ui/theme.css';
import './embed-page.css';
import { afterFirstPaint } from '../ui/first-paint.ts';

afterFirstPaint(() => void import('./embed-page.ts'));
