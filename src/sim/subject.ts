/**
 * A message's Subject for display: the World labels messages with it, and
 * the app's first frame (src/ui/first-frame.ts) labels them the same way
 * before the simulator has loaded, so this stays out of world.ts.
 */
import { decodeEncodedWords } from '../protocol/encoded-words.ts';
import { octetsToUtf8, type Octets } from '../protocol/octets.ts';

const SUBJECT = /^subject:[ \t]*(.*)$/i;

/**
 * The Subject header's value for display (RFC 5322 §3.6.5), read line by line
 * up to the blank line that ends the header: folded lines are unfolded
 * (RFC 5322 §2.2.3), the octets read as UTF-8 and RFC 2047 encoded-words decoded.
 */
export function subjectOf(text: Octets): string {
  let subject: string | null = null;
  for (let from = 0; from < text.length; ) {
    const lf = text.indexOf('\n', from);
    const end = lf < 0 ? text.length : lf;
    const line = text.charCodeAt(end - 1) === 13 && end > from ? text.slice(from, end - 1) : text.slice(from, end);
    if (line.length === 0) break; // end of the header
    if (subject !== null) {
      if (line.startsWith(' ') || line.startsWith('\t')) subject += line;
      else break;
    } else {
      const m = SUBJECT.exec(line);
      if (m) subject = m[1] ?? '';
    }
    if (lf < 0) break;
    from = lf + 1;
  }
  if (subject !== null) return decodeEncodedWords(octetsToUtf8(subject)).trim() || '(no subject)';
  return '(no subject)';
}
