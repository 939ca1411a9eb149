/**
 * The configuration file (`pg-index-lint.json`, or the `--config` path):
 * per-rule severity, ignored tables and indexes, migration paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './findings.js';
import { splitQualifiedName } from './model/types.js';
import { RULES, type RuleId } from './rules/index.js';

export type RuleSetting = 'error' | 'warning' | 'off';

export interface Config {
  rules: Partial<Record<RuleId, RuleSetting>>;
  ignore: { tables: string[]; indexes: string[] };
  migrations: string[];
  /** Files among the migrations to treat as schema dumps (pg_dump --schema-only) whatever their content, absolute. */
  schemaDumps: string[];
  /** Where the config was read from, for messages; null for defaults. */
  source: string | null;
}

export const DEFAULT_CONFIG_FILE = 'pg-index-lint.json';

export function defaultConfig(): Config {
  return { rules: {}, ignore: { tables: [], indexes: [] }, migrations: [], schemaDumps: [], source: null };
}

/** Reads `explicitPath`, else `pg-index-lint.json` in `cwd` if there is one, else the defaults. */
export function loadConfig(explicitPath: string | undefined, cwd: string): Config {
  const file = explicitPath ? path.resolve(cwd, explicitPath) : path.join(cwd, DEFAULT_CONFIG_FILE);
  if (!explicitPath && !existsSync(file)) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`config ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`config ${file}: not valid JSON (${(e as Error).message})`);
  }
  return validateConfig(raw, file);
}

export function validateConfig(raw: unknown, source: string): Config {
  const fail = (what: string): never => {
    throw new UsageError(`config ${source}: ${what}`);
  };
  if (!isObject(raw)) fail('must be a JSON object');
  const obj = raw as Record<string, unknown>;
  const config = defaultConfig();
  config.source = source;
  for (const key of Object.keys(obj)) {
    if (!['rules', 'ignore', 'migrations', 'schemaDumps', '$schema'].includes(key)) fail(`unknown key "${key}" (expected rules, ignore, migrations, schemaDumps)`);
  }
  if (obj.rules !== undefined) {
    if (!isObject(obj.rules)) fail('"rules" must be an object of rule: "error" | "warning" | "off"');
    const ids = RULES.filter((r) => r.configurable).map((r) => r.id) as string[];
    for (const [rule, setting] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!ids.includes(rule)) fail(`${RULES.some((r) => r.id === rule) ? `rule "${rule}" cannot be configured` : `unknown rule "${rule}"`} (rules: ${ids.join(', ')})`);
      if (setting !== 'error' && setting !== 'warning' && setting !== 'off') fail(`rule "${rule}": severity must be "error", "warning" or "off"`);
      config.rules[rule as RuleId] = setting as RuleSetting;
    }
  }
  if (obj.ignore !== undefined) {
    if (!isObject(obj.ignore)) fail('"ignore" must be an object with "tables" and/or "indexes"');
    const ignore = obj.ignore as Record<string, unknown>;
    for (const key of Object.keys(ignore)) if (key !== 'tables' && key !== 'indexes') fail(`unknown key "ignore.${key}" (expected tables, indexes)`);
    config.ignore.tables = stringList(ignore.tables, 'ignore.tables', fail);
    config.ignore.indexes = stringList(ignore.indexes, 'ignore.indexes', fail);
  }
  config.migrations = stringList(obj.migrations, 'migrations', fail).map((p) => path.resolve(path.dirname(source), p));
  config.schemaDumps = stringList(obj.schemaDumps, 'schemaDumps', fail).map((p) => path.resolve(path.dirname(source), p));
  return config;
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, name: string, fail: (what: string) => never): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) fail(`"${name}" must be an array of strings`);
  return v as string[];
}

/** A pattern with `*` and `?`, matched against the whole name. */
export function matchesPattern(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return re.test(name);
}

/** Tables match with or without their schema: `audit_*` and `public.audit_*` both match `public.audit_log`. */
export function tableIgnored(config: Config, key: string): boolean {
  const [schema, bare] = splitQualifiedName(key) ?? ['', key];
  const table = `${schema}.${bare}`;
  return config.ignore.tables.some((p) => matchesPattern(p, table) || matchesPattern(p, bare));
}

export function indexIgnored(config: Config, schema: string, index: string): boolean {
  return config.ignore.indexes.some((p) => matchesPattern(p, index) || matchesPattern(p, `${schema}.${index}`));
}
