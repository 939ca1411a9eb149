/** The JSON output: the stable contract documented in docs/output.md, with its JSON Schema in docs/report.schema.json. */
import type { Report } from '../findings.js';

export function formatJson(report: Report): string {
  return [...jsonPieces(report)].join('');
}

/** How long a piece of the output grows before it is handed on. */
const PIECE_LENGTH = 64 * 1024;

/**
 * The JSON output in pieces that, joined, are exactly
 * `JSON.stringify({ findings, notes, summary }, null, 2)` and a line end. A
 * report of tens of thousands of findings is then written a piece at a time,
 * never held as one string (and one buffer more to write it).
 */
export function* jsonPieces(report: Report): Generator<string> {
  yield '{\n  "findings": ';
  yield* arrayPieces(report.findings);
  yield ',\n  "notes": ';
  yield* arrayPieces(report.notes);
  yield `,\n  "summary": ${nested(report.summary, '  ')}\n}\n`;
}

/** An array one level inside the document, as JSON.stringify indents it there. */
function* arrayPieces(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  let piece = '[';
  for (let i = 0; i < items.length; i++) {
    piece += `${i === 0 ? '' : ','}\n    ${nested(items[i], '    ')}`;
    if (piece.length >= PIECE_LENGTH) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}\n  ]`;
}

/** A value written at the given indentation: JSON puts no raw line break inside a string, so every line break is one of its own. */
function nested(value: unknown, indentation: string): string {
  // JSON.stringify writes an array's undefined (or function) item as null.
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indentation}`);
}
