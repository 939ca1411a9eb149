// Prints the notes of one version from CHANGELOG.md (Keep a Changelog): the
// lines under `## [<version>]` up to the next `## ` heading. The release
// workflow uses it for the GitHub release's text; a version the changelog does
// not list stops the release (exit 1), so no release goes out without notes.
//
//   node scripts/release-notes.mjs 1.0.0 [CHANGELOG.md]
import { readFileSync } from 'node:fs';

export function releaseNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  // Link definitions at the end of the file belong to no version.
  const body = lines.slice(start + 1, end).filter((l) => !/^\[[^\]]+\]: /.test(l));
  const text = body.join('\n').trim();
  return text === '' ? null : text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version) {
    console.error('usage: node scripts/release-notes.mjs <version> [CHANGELOG.md]');
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(file, 'utf8'), version.replace(/^v/, ''));
  if (notes === null) {
    console.error(`release-notes: ${file} has no entry (or an empty one) for ${version}: add "## [${version.replace(/^v/, '')}] - <date>" with its changes`);
    process.exit(1);
  }
  process.stdout.write(`${notes}\n`);
}
