/**
 * The release process's pieces that can be checked without pushing a tag:
 * the changelog has the notes of the version in package.json, the script the
 * release workflow takes them with, and what the workflow promises (checks,
 * tests, provenance, the major tag).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

function notes(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/release-notes.mjs', ...args], { encoding: 'utf8' });
}

describe('release notes from CHANGELOG.md', () => {
  test("the version in package.json has an entry, and the script prints only that entry's text", () => {
    const r = notes(`v${version}`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^### Added/m);
    expect(r.stdout).not.toMatch(/^## /m);
    expect(r.stdout).not.toMatch(/^\[[^\]]+\]: http/m);
  });

  test('a version the changelog does not list stops the release with a message', () => {
    const r = notes('v9.9.9');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/CHANGELOG.md has no entry \(or an empty one\) for v9.9.9/);
    expect(r.stdout).toBe('');
  });

  test('the entry ends at the next version, and an empty entry counts as none', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgil-changelog-')), 'CHANGELOG.md');
    writeFileSync(file, '# Changelog\n\n## [Unreleased]\n\n## [1.1.0] - 2027-01-02\n\n### Fixed\n\n- one\n\n## [1.0.0] - 2026-12-01\n\n- first\n\n[1.1.0]: https://example.com\n');
    expect(notes('1.1.0', file).stdout).toBe('### Fixed\n\n- one\n');
    expect(notes('1.0.0', file).stdout).toBe('- first\n');
    expect(notes('Unreleased', file).status).toBe(1);
  });
});

test('release.yml: on version tags, checks dist/ and the tests, publishes with provenance, moves the major tag', () => {
  const workflow = readFileSync('.github/workflows/release.yml', 'utf8');
  expect(workflow).toMatch(/tags: \['v\*\.\*\.\*'\]/);
  expect(workflow).toContain('npm run build');
  expect(workflow).toContain('git status --porcelain -- dist');
  expect(workflow).toMatch(/image: postgres:/);
  expect(workflow).toContain('- run: npm test');
  expect(workflow).toContain('id-token: write');
  expect(workflow).toContain('npm publish --provenance --access public');
  expect(workflow).toContain('node scripts/release-notes.mjs "$GITHUB_REF_NAME" > "$RUNNER_TEMP/notes.md"');
  expect(workflow).toContain('git push --force origin "refs/tags/$major"');
});
