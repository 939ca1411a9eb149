// The accuracy figures of docs/accuracy.md, measured: `audit` (dist/cli.js)
// of each real history of ../shared/corpus, in the order its framework
// applies it, against what PostgreSQL's own catalog says after the same
// replay (expected.json). Prints per project the verdicts agreed, the
// findings PostgreSQL does not confirm (false positives) and the verdicts
// missed. Needs ../shared beside the checkout (it is not in the repository);
// exit 1 when it is absent or when any verdict disagrees.
//
//   npm run accuracy
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const corpus = path.resolve(root, '../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`accuracy: ${corpus} is not beside this checkout; the corpus is not part of the repository`);
  process.exit(1);
}

const unquote = (s) => s.replace(/^"(.*)"$/, '$1').replace(/""/g, '"');
const rows = [];
let disagreements = 0;
for (const project of readdirSync(corpus)
  .filter((p) => existsSync(path.join(corpus, p, 'apply-order.txt')))
  .sort()) {
  const dir = path.join(corpus, project);
  const files = readFileSync(path.join(dir, 'apply-order.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'audit', ...files, '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 2) throw new Error(`${project}: ${r.stderr}`);
  const report = JSON.parse(r.stdout);
  const ours = new Set();
  for (const f of report.findings) {
    if (f.rule === 'unindexed-foreign-key') ours.add(`fk ${f.table} ${f.foreignKey} (${f.columns.join(', ')})`);
    else if (f.index !== null && f.rule !== 'invalid-index') ours.add(`index ${f.table} ${f.index} < ${[...f.relatedIndexes].sort().join(', ')}`);
  }
  const theirs = new Set([
    ...expected.redundantIndexes.map((x) => `index ${x.table} ${x.index} < ${[...x.coveredBy].sort().join(', ')}`),
    ...expected.unindexedForeignKeys.map((x) => `fk ${x.table} ${x.foreignKey} (${x.columns.map(unquote).join(', ')})`),
  ]);
  const agreed = [...ours].filter((v) => theirs.has(v)).length;
  const falsePositives = [...ours].filter((v) => !theirs.has(v));
  const missed = [...theirs].filter((v) => !ours.has(v));
  const syntaxErrors = report.findings.filter((f) => f.rule === 'syntax-error').length;
  disagreements += falsePositives.length + missed.length + syntaxErrors;
  rows.push({ project, files: report.summary.files, statements: report.summary.statements, expected: theirs.size, agreed, falsePositives, missed, syntaxErrors });
}

console.log('| history | files | statements | PostgreSQL verdicts | agreed | false positives | missed | syntax errors |');
console.log('|---|---|---|---|---|---|---|---|');
const sum = (k) => rows.reduce((n, r) => n + (Array.isArray(r[k]) ? r[k].length : r[k]), 0);
for (const r of rows) console.log(`| ${r.project} | ${r.files} | ${r.statements} | ${r.expected} | ${r.agreed} | ${r.falsePositives.length} | ${r.missed.length} | ${r.syntaxErrors} |`);
console.log(`| all | ${sum('files')} | ${sum('statements')} | ${sum('expected')} | ${sum('agreed')} | ${sum('falsePositives')} | ${sum('missed')} | ${sum('syntaxErrors')} |`);
for (const r of rows) for (const v of [...r.falsePositives.map((x) => `false positive: ${x}`), ...r.missed.map((x) => `missed: ${x}`)]) console.log(`${r.project}: ${v}`);
process.exit(disagreements ? 1 : 0);
