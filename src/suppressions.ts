/**
 * Inline suppressions: `-- pg-index-lint-ignore <rule>[, <rule>]: <reason>` in
 * the comment lines right before a statement. A suppression that matches no
 * finding is reported itself, so suppressions do not outlive their reason.
 */
/** Every suppression holds this word. */
export const SUPPRESSION_WORD = 'pg-index-lint-ignore';
const SUPPRESSION = /^\s*--\s*pg-index-lint-ignore\s+([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)\s*(?::\s*(.*))?$/;
const COMMENT_LINE = /^\s*--/;

export interface Suppression {
  line: number;
  column: number;
  rules: string[];
  reason: string;
  used: boolean;
}

export class FileSuppressions {
  readonly all: Suppression[] = [];
  private readonly byLine = new Map<number, Suppression>();

  constructor(private readonly lines: string[]) {
    lines.forEach((text, i) => {
      const m = SUPPRESSION.exec(text);
      if (!m) return;
      const s: Suppression = {
        line: i + 1,
        column: text.indexOf('--') + 1,
        rules: m[1].split(',').map((r) => r.trim()),
        reason: (m[2] ?? '').trim(),
        used: false,
      };
      this.all.push(s);
      this.byLine.set(i + 1, s);
    });
  }

  /** Is a finding of `rule` on a statement starting at `line` suppressed? Marks the suppression used. */
  suppresses(rule: string, line: number): boolean {
    for (let l = line - 1; l >= 1 && COMMENT_LINE.test(this.lines[l - 1] ?? ''); l--) {
      const s = this.byLine.get(l);
      if (s && s.rules.includes(rule)) {
        s.used = true;
        return true;
      }
    }
    return false;
  }
}
