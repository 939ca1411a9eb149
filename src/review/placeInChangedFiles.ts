/**
 * Findings read from a database have no line: the migration that caused
 * them may be code (Django, Alembic, Knex...), which the tool does not run.
 * A pull request's changed files still name what they create, so a finding
 * is placed on the first line of a changed file that names its index (or
 * foreign key), or, failing that, that names its columns close below a
 * mention of its table. Otherwise it keeps no line and is listed in the
 * summary as it was.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../findings.js';

export interface ChangedFile {
  /** The path as annotations show it (relative to the workspace). */
  file: string;
  text: string;
}

/** How many lines above the columns the table may be named (a `create_table`/`alterTable` block's header). */
const TABLE_WINDOW = 20;

export function placeFindingsInChangedFiles(findings: Finding[], changedFiles: ChangedFile[]): Finding[] {
  const files = changedFiles.map((f) => ({ file: f.file, lines: f.text.split(/\r\n|\n|\r/) }));
  return findings.map((f) => {
    if (f.file !== null) return f;
    const at = placeByName(f, files) ?? placeByTableAndColumns(f, files);
    return at ? { ...f, ...at } : f;
  });
}

type Place = Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>;
type Lines = { file: string; lines: string[] };

function placeByName(f: Finding, files: Lines[]): Place | null {
  const name = f.index ?? f.foreignKey;
  if (!name) return null;
  const word = wordPattern(name);
  for (const { file, lines } of files) {
    for (let i = 0; i < lines.length; i++) {
      const m = word.exec(lines[i]);
      if (m) return place(file, i, lines[i], m.index, name.length);
    }
  }
  return null;
}

function placeByTableAndColumns(f: Finding, files: Lines[]): Place | null {
  if (!f.table || !f.columns?.length) return null;
  const columns = f.columns.filter((c) => /^[\p{L}_][\p{L}\p{N}_$]*$/u.test(c));
  // An expression key cannot be looked for as a name.
  if (columns.length !== f.columns.length) return null;
  const table = wordPattern(f.table.slice(f.table.indexOf('.') + 1));
  const columnWords = columns.map(wordPattern);
  for (const { file, lines } of files) {
    let tableLine = -Infinity;
    for (let i = 0; i < lines.length; i++) {
      if (table.test(lines[i])) tableLine = i;
      if (i - tableLine > TABLE_WINDOW) continue;
      const matches = columnWords.map((w) => w.exec(lines[i]));
      if (matches.every((m) => m !== null)) {
        const first = matches.reduce((a, b) => (b!.index < a!.index ? b : a))!;
        return place(file, i, lines[i], first.index, first[0].length);
      }
    }
  }
  return null;
}

/** The name as a whole word, in any case (an unquoted name is folded to lower case by PostgreSQL, not by the code naming it). */
function wordPattern(name: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_$])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_$])`, 'iu');
}

function place(file: string, lineIndex: number, line: string, offset: number, length: number): Place {
  // Columns count code points, as the parser's positions do.
  const column = [...line.slice(0, offset)].length + 1;
  return { file, line: lineIndex + 1, column, endLine: lineIndex + 1, endColumn: column + [...line.slice(offset, offset + length)].length };
}

/** Changed files larger than this are not searched: a name in them would not be the migration's line anyway. */
const MAX_SEARCHED_BYTES = 2 * 1024 * 1024;

/** The text of each changed path that is a readable text file of reasonable size; the rest are passed over. */
export function readChangedFiles(paths: string[], workspace: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const p of paths) {
    try {
      const full = path.resolve(workspace, p);
      const stat = statSync(full);
      if (!stat.isFile() || stat.size > MAX_SEARCHED_BYTES) continue;
      const text = readFileSync(full, 'utf8');
      if (text.includes('\0')) continue;
      files.push({ file: p.split(path.sep).join('/'), text });
    } catch {
      // Removed or unreadable: nothing there to place a finding on.
    }
  }
  return files;
}
