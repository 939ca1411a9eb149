/**
 * The documentation's links between its own pages resolve: every relative
 * link of the Markdown files points at a file of the repository, and every
 * #anchor at a heading of that file (GitHub's anchors: lower case, spaces to
 * hyphens, punctuation dropped). A page moved or a heading renamed fails here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@jest/globals';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const FILES = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md', 'bench/README.md', ...markdownFiles('docs')];

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = m[1]
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  return out;
}

test.each(FILES)('%s: every relative link resolves', (file) => {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
  const broken: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const link = m[1];
    if (/^[a-z]+:/i.test(link)) continue;
    const [target, anchor] = link.split('#');
    const resolved = target ? path.join(path.dirname(file), target) : file;
    if (!existsSync(resolved)) {
      broken.push(`${link}: no such file`);
      continue;
    }
    if (anchor && !anchors(resolved).has(anchor)) broken.push(`${link}: no heading #${anchor} in ${resolved}`);
  }
  expect(broken).toEqual([]);
});

test('the README stays short: about 15 KB at most', () => {
  expect(readFileSync('README.md').length).toBeLessThanOrEqual(15_500);
});
