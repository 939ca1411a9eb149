/**
 * The workflows in docs/frameworks.md and docs/baselines.md, checked for what
 * the tool reads: every `with:` of the Action is an input action.yml
 * declares (and the required ones are given, with valid values), and every
 * CLI command in a `run:` or `sh` block is accepted by the CLI's parser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { parseArgs } from '../src/cli/args.js';

interface ActionMetadata {
  inputs: Record<string, { required?: boolean; default?: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionMetadata;
const DOCS = ['docs/frameworks.md', 'docs/baselines.md'];

function blocks(file: string, language: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]);
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

function steps(workflow: { jobs?: Record<string, { steps?: Step[] }> }): Step[] {
  return Object.values(workflow.jobs ?? {}).flatMap((j) => j.steps ?? []);
}

/** The pg-index-lint commands of a shell script, as argument lists; `${{ }}` and `$VAR` stand for a value. */
function cliCommands(script: string): string[][] {
  const commands: string[][] = [];
  for (const line of script.split('\n')) {
    const m = /(?:^|\s)(?:pg-index-lint|node \S*dist\/cli\.js)\s+((?:audit|lint|snapshot)\b.*)$/.exec(line.trim());
    if (!m) continue;
    const words = m[1].replace(/\$\{\{[^}]*\}\}/g, 'VALUE').match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
    commands.push(words.map((w) => w.replace(/^["']|["']$/g, '')));
  }
  return commands;
}

describe('docs/frameworks.md', () => {
  const workflows = blocks('docs/frameworks.md', 'yaml').map((y) => parse(y));

  test('has a workflow for each framework named in it, each running the Action', () => {
    const text = readFileSync('docs/frameworks.md', 'utf8');
    for (const name of ['Rails with db/structure.sql', 'Rails with db/schema.rb', 'Django', 'Alembic', 'Prisma', 'Flyway', 'Liquibase', 'Knex and TypeORM']) {
      expect(text).toContain(`## ${name}`);
    }
    expect(workflows.length).toBeGreaterThanOrEqual(8);
    for (const w of workflows) expect(steps(w).filter((s) => s.uses?.startsWith('pg-index-lint/pg-index-lint@'))).toHaveLength(1);
  });

  test('every input given to the Action is declared in action.yml, with the required ones and valid values', () => {
    const declared = Object.keys(action.inputs);
    const required = declared.filter((k) => action.inputs[k].required);
    for (const w of workflows) {
      for (const step of steps(w).filter((s) => s.uses?.startsWith('pg-index-lint/pg-index-lint@'))) {
        const given = Object.keys(step.with ?? {});
        expect(declared).toEqual(expect.arrayContaining(given));
        expect(given).toEqual(expect.arrayContaining(required));
        const mode = step.with?.mode;
        if (mode !== undefined) expect(['auto', 'lint', 'audit']).toContain(mode);
        // An audit over a database is what the baseline and the placement on changed files are for.
        if (step.with?.['database-url']) expect(mode).toBe('audit');
      }
    }
  });

  test('a database the Action audits is the one the workflow migrated', () => {
    for (const w of workflows) {
      const all = steps(w);
      const lint = all.find((s) => s.uses?.startsWith('pg-index-lint/pg-index-lint@'))!;
      const url = lint.with?.['database-url'];
      if (typeof url !== 'string') continue;
      const env = JSON.stringify([w.jobs, all.map((s) => s.run)]);
      expect(env).toContain(url.replace(/^postgresql:\/\/[^@]*@/, '').split('/')[0]);
      expect(all.some((s) => s.run && /migrate|schema:load|upgrade/.test(s.run)) || all.some((s) => s.uses?.includes('liquibase'))).toBe(true);
    }
  });

  test('every CLI command in the docs is accepted by the CLI', () => {
    const scripts = [
      ...DOCS.flatMap((f) => blocks(f, 'sh')),
      ...DOCS.flatMap((f) => blocks(f, 'yaml')).flatMap((y) => steps(parse(y)).map((s) => s.run ?? '')),
      readFileSync('docs/frameworks.md', 'utf8'),
    ];
    const commands = scripts.flatMap(cliCommands);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const args of commands) expect(() => parseArgs(args)).not.toThrow();
  });
});
