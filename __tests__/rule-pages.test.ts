/**
 * Each finding kind of the registry has its page, docs/rules/<id>.md, which
 * `explain` prints: the page's ```sql fires examples report the kind, its
 * ```sql quiet examples report nothing. The index, docs/rules/README.md, is
 * the registry's (`rules --format markdown`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { RULES } from '../src/rules/index.js';
import { cliIn, project } from './helpers/cli.js';

const cli = (cwd: string, ...args: string[]) => cliIn(cwd, args);

function examples(page: string): Array<{ mark: 'fires' | 'quiet'; sql: string }> {
  return [...page.matchAll(/^```sql (fires|quiet)\n([\s\S]*?)^```$/gm)].map((m) => ({ mark: m[1] as 'fires' | 'quiet', sql: m[2] }));
}

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const page = readFileSync(path.join('docs/rules', `${id}.md`), 'utf8');

  test('its page states the registry\'s severity and whether it is configurable, and explain prints it', async () => {
    expect(page.startsWith(`# ${id}\n\nDefault severity: **${rule.defaultSeverity}**. Configurable: ${rule.configurable ? 'yes' : 'no'}`)).toBe(true);
    for (const heading of ['## What it reports', '## Example', '## Fix', '## Suppress']) expect(page).toContain(heading);
    expect(await cli(process.cwd(), 'explain', id)).toEqual({ code: 0, out: page, err: '' });
  });

  test('its examples fire and stay quiet as the page says', async () => {
    const list = examples(page);
    if (id !== 'index-name-conflict') expect(list.map((e) => e.mark).sort()).toEqual(['fires', 'quiet']);
    for (const example of list) {
      const dir = project({ 'example.sql': example.sql });
      const rules = JSON.parse((await cli(dir, 'audit', 'example.sql', '--format', 'json')).out).findings.map((f: { rule: string }) => f.rule);
      if (example.mark === 'fires') expect(rules).toContain(id);
      else expect(rules).toEqual([]);
    }
  });
});

test('the docs index is the registry', async () => {
  expect(readFileSync('docs/rules/README.md', 'utf8')).toBe((await cli(process.cwd(), 'rules', '--format', 'markdown')).out);
});

test('explain of an unknown rule names the list to look in', async () => {
  expect(await cli(process.cwd(), 'explain', '../../etc/passwd')).toEqual({ code: 2, out: '', err: 'pg-index-lint: unknown rule "../../etc/passwd" (see pg-index-lint rules)\n' });
});
