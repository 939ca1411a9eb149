/**
 * The statement under a finding, its span underlined, as squawk and
 * ESLint's codeframe show it. Columns count code points, as findings do.
 */
import type { Finding } from '../findings.js';
import type { Style } from './color.js';

/** At most this many lines of a statement are shown; a CREATE TABLE can run to hundreds. */
const MAX_LINES = 3;

export function formatExcerpt(f: Finding, lines: readonly string[], style: Style, printable: (s: string) => string): string[] {
  if (f.line === null || f.line < 1 || f.line > lines.length) return [];
  const first = f.line;
  const last = Math.min(Math.max(f.endLine ?? first, first), lines.length);
  const shownLast = Math.min(last, first + MAX_LINES - 1);
  const width = String(shownLast).length;
  const out: string[] = [];
  for (let n = first; n <= shownLast; n++) {
    const chars = Array.from(lines[n - 1]);
    const from = n === first ? Math.max((f.column ?? 1) - 1, 0) : leadingBlanks(chars);
    const to = n === last && f.endColumn !== null ? Math.min(f.endColumn, chars.length) : chars.length;
    out.push(`${style.dim(`${String(n).padStart(width)} |`)} ${printable(chars.join(''))}`);
    if (to > from) {
      // Tabs stay tabs under the text, so the carets line up in any tab width.
      const pad = chars
        .slice(0, from)
        .map((c) => (c === '\t' ? '\t' : ' '))
        .join('');
      out.push(`${style.dim(`${' '.repeat(width)} |`)} ${pad}${(f.severity === 'error' ? style.red : style.yellow)('^'.repeat(to - from))}`);
    }
  }
  if (shownLast < last) out.push(`${style.dim(`${' '.repeat(width)} |`)} ${style.dim(`… ${last - shownLast} more line${last - shownLast === 1 ? '' : 's'}`)}`);
  return out.map((l) => `  ${l}`);
}

function leadingBlanks(chars: string[]): number {
  let i = 0;
  while (i < chars.length && (chars[i] === ' ' || chars[i] === '\t')) i++;
  return i;
}
