/** The SARIF reporter: the shape GitHub code scanning's upload-sarif accepts, and what each result says. */
import { describe, expect, test } from '@jest/globals';
import { blankFinding, type Finding, type Report } from '../src/findings.js';
import { formatSarif } from '../src/report/sarif.js';
import { RULES } from '../src/rules/index.js';

function finding(over: Partial<Finding>): Finding {
  return blankFinding(over.rule ?? 'duplicate-index', over);
}

function report(findings: Finding[]): Report {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    findings,
    notes: [],
    summary: { files: 2, statements: 9, findings: findings.length, errors, warnings: findings.length - errors, notes: 0, uncheckedStatements: 0, reclaimableBytes: null },
  };
}

const fileError = finding({
  rule: 'duplicate-index',
  file: 'migrations/0002_add_indexes.sql',
  line: 6,
  column: 3,
  endLine: 7,
  endColumn: 12,
  table: 'public.orders',
  index: 'orders_placed_desc_idx',
  relatedIndexes: ['orders_placed_at_idx'],
  message: 'orders_placed_desc_idx duplicates orders_placed_at_idx (placed_at) on orders: the same keys, in the same order, for the same rows',
  fix: 'DROP INDEX public.orders_placed_desc_idx;',
});

const fileWarning = finding({
  rule: 'unindexed-foreign-key',
  severity: 'warning',
  file: 'db/0003 order history.sql',
  line: 24,
  column: 1,
  endLine: 24,
  endColumn: 80,
  table: 'public.reviews',
  foreignKey: 'reviews_customer_id_fkey',
  columns: ['customer_id'],
  message: 'foreign key reviews_customer_id_fkey on reviews (customer_id) has no index',
  fix: 'CREATE INDEX CONCURRENTLY reviews_customer_id_idx ON public.reviews (customer_id);',
});

const liveIndex = finding({
  rule: 'leading-prefix',
  table: 'public.events',
  index: 'events_created_idx',
  relatedIndexes: ['events_created_kind_idx'],
  sizeBytes: 5 * 1024 * 1024,
  scans: 0,
  message: 'events_created_idx (created_at) is a leading prefix of events_created_kind_idx (created_at, kind) on events',
});

const liveForeignKey = finding({
  rule: 'unindexed-foreign-key',
  severity: 'warning',
  table: 'public.events',
  foreignKey: 'events_user_id_fkey',
  columns: ['user_id'],
  message: 'foreign key events_user_id_fkey on events (user_id) has no index | pipes survive',
  fix: 'CREATE INDEX ON public.events (user_id);',
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: { id: string; name: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations?: {
        physicalLocation?: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
        logicalLocations?: { fullyQualifiedName: string; kind: string }[];
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

function sarif(r: Report): SarifLog {
  return JSON.parse(formatSarif(r, { toolVersion: '9.8.7-test' })) as SarifLog;
}

/**
 * What upload-sarif checks of a result: a rule id, a message text, and for a
 * physical location an artifact URI and a 1-based start line. Returns the problems.
 */
function githubProblems(log: SarifLog): string[] {
  const problems: string[] = [];
  if (log.version !== '2.1.0') problems.push('version');
  if (!Array.isArray(log.runs)) return [...problems, 'runs'];
  for (const run of log.runs) {
    const rules = run.tool.driver.rules;
    run.results.forEach((r, i) => {
      if (typeof r.ruleId !== 'string' || r.ruleId === '') problems.push(`${i}: ruleId`);
      if (typeof r.message?.text !== 'string' || r.message.text === '') problems.push(`${i}: message.text`);
      if (!['error', 'warning', 'note', 'none'].includes(r.level)) problems.push(`${i}: level`);
      if (rules[r.ruleIndex]?.id !== r.ruleId) problems.push(`${i}: ruleIndex`);
      for (const loc of r.locations ?? []) {
        const p = loc.physicalLocation;
        if (!p) continue;
        if (typeof p.artifactLocation?.uri !== 'string' || p.artifactLocation.uri === '') problems.push(`${i}: uri`);
        const reg = p.region;
        if (!Number.isInteger(reg?.startLine) || reg.startLine < 1) problems.push(`${i}: startLine`);
        if (reg.startColumn !== undefined && (!Number.isInteger(reg.startColumn) || reg.startColumn < 1)) problems.push(`${i}: startColumn`);
        if (reg.endLine !== undefined && reg.endLine < reg.startLine) problems.push(`${i}: endLine`);
        if (reg.endColumn !== undefined && (reg.endLine ?? reg.startLine) === reg.startLine && reg.endColumn < (reg.startColumn ?? 1)) problems.push(`${i}: endColumn`);
      }
    });
  }
  return problems;
}

describe('SARIF log', () => {
  const all = report([fileError, fileWarning, liveIndex, liveForeignKey]);

  test('is SARIF 2.1.0 with one run, 2-space JSON and a trailing newline', () => {
    const out = formatSarif(all, { toolVersion: '9.8.7-test' });
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.startsWith('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [\n    {\n')).toBe(true);
    expect(out).toBe(JSON.stringify(JSON.parse(out), null, 2) + '\n');
    const log = JSON.parse(out) as SarifLog;
    expect(log.runs).toHaveLength(1);
    expect(githubProblems(log)).toEqual([]);
  });

  test('is the same for the same report', () => {
    expect(formatSarif(all, { toolVersion: '1.0.0' })).toBe(formatSarif(report([fileError, fileWarning, liveIndex, liveForeignKey]), { toolVersion: '1.0.0' }));
  });

  test('the driver names the tool, its version and every rule a finding can carry', () => {
    const driver = sarif(all).runs[0].tool.driver;
    expect(driver.name).toBe('pg-index-lint');
    expect(driver.version).toBe('9.8.7-test');
    expect(driver.informationUri).toBe('https://github.com/pg-index-lint/pg-index-lint');
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const entry = driver.rules.find((r) => r.id === rule.id);
      expect(entry?.shortDescription.text).toBe(rule.description);
      expect(entry?.defaultConfiguration.level).toBe(rule.defaultSeverity);
      expect(entry?.helpUri).toBe(`https://github.com/pg-index-lint/pg-index-lint/blob/v1/docs/rules/${rule.id}.md`);
    }
    expect(driver.rules.find((r) => r.id === 'duplicate-index')?.name).toBe('DuplicateIndex');
    expect(driver.rules.find((r) => r.id === 'unindexed-foreign-key')?.defaultConfiguration.level).toBe('warning');
    expect(driver.rules.find((r) => r.id === 'syntax-error')?.defaultConfiguration.level).toBe('error');
    expect(driver.rules.find((r) => r.id === 'unused-suppression')?.defaultConfiguration.level).toBe('warning');
    expect(driver.rules.find((r) => r.id === 'index-name-conflict')?.defaultConfiguration.level).toBe('error');
    for (const r of driver.rules) {
      expect(r.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.shortDescription.text.length).toBeGreaterThan(10);
    }
  });

  test('an empty report still lists the rules, with no results', () => {
    const log = sarif(report([]));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(RULES.length);
  });
});

describe('SARIF results', () => {
  const results = sarif(report([fileError, fileWarning, liveIndex, liveForeignKey])).runs[0].results;

  test('one result a finding, in order, with the rule, its index and the severity as level', () => {
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['duplicate-index', 'error'],
      ['unindexed-foreign-key', 'warning'],
      ['leading-prefix', 'error'],
      ['unindexed-foreign-key', 'warning'],
    ]);
    const ids = RULES.map((r) => r.id);
    expect(results.map((r) => r.ruleIndex)).toEqual([ids.indexOf('duplicate-index'), ids.indexOf('unindexed-foreign-key'), ids.indexOf('leading-prefix'), ids.indexOf('unindexed-foreign-key')]);
  });

  test('the message, followed by the fix when there is one', () => {
    expect(results[0].message.text).toBe(
      'orders_placed_desc_idx duplicates orders_placed_at_idx (placed_at) on orders: the same keys, in the same order, for the same rows Fix: DROP INDEX public.orders_placed_desc_idx;',
    );
    expect(results[2].message.text).toBe('events_created_idx (created_at) is a leading prefix of events_created_kind_idx (created_at, kind) on events');
    expect(results[3].message.text).toBe('foreign key events_user_id_fkey on events (user_id) has no index | pipes survive Fix: CREATE INDEX ON public.events (user_id);');
  });

  test('a finding in a file has a physical location relative to the source root', () => {
    expect(results[0].locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'migrations/0002_add_indexes.sql', uriBaseId: '%SRCROOT%' },
          region: { startLine: 6, startColumn: 3, endLine: 7, endColumn: 12 },
        },
      },
    ]);
    // A URI: the space is percent-encoded.
    expect(results[1].locations?.[0].physicalLocation?.artifactLocation).toEqual({ uri: 'db/0003%20order%20history.sql', uriBaseId: '%SRCROOT%' });
    expect(results[1].locations?.[0].physicalLocation?.region).toEqual({ startLine: 24, startColumn: 1, endLine: 24, endColumn: 80 });
  });

  test('a finding from a live database has a logical location and no physical one', () => {
    expect(results[2].locations).toEqual([{ logicalLocations: [{ fullyQualifiedName: 'public.events.events_created_idx', kind: 'object' }] }]);
    expect(results[3].locations).toEqual([{ logicalLocations: [{ fullyQualifiedName: 'public.events.events_user_id_fkey', kind: 'object' }] }]);
  });

  test('a file finding without a known line starts at line 1, and out-of-range columns are left out', () => {
    const [r] = sarif(report([finding({ rule: 'syntax-error', file: 'a.sql', line: null, column: 0, endLine: null, endColumn: null, message: 'syntax error' })])).runs[0].results;
    expect(r.locations?.[0].physicalLocation?.region).toEqual({ startLine: 1 });
    const [s] = sarif(report([finding({ rule: 'syntax-error', file: 'a.sql', line: 4, column: 9, endLine: 4, endColumn: 2, message: 'syntax error' })])).runs[0].results;
    expect(s.locations?.[0].physicalLocation?.region).toEqual({ startLine: 4, startColumn: 9, endLine: 4 });
  });

  test('every result passes the checks upload-sarif makes', () => {
    const odd = [
      finding({ rule: 'syntax-error', file: 'x.sql', line: 0, column: 0, endLine: 0, endColumn: 0, message: 'syntax error at or near "|"' }),
      finding({ rule: 'unused-suppression', severity: 'warning', file: 'x.sql', line: 3, column: 5, endLine: 3, endColumn: 5, message: 'pg-index-lint-ignore duplicate-index matches no finding' }),
    ];
    const log = sarif(report([fileError, fileWarning, liveIndex, liveForeignKey, ...odd]));
    expect(githubProblems(log)).toEqual([]);
    // The validator itself rejects what GitHub rejects.
    const broken = JSON.parse(JSON.stringify(log)) as SarifLog;
    broken.runs[0].results[0].locations![0].physicalLocation!.region.startLine = 0;
    broken.runs[0].results[1].message.text = '';
    expect(githubProblems(broken)).toEqual(['0: startLine', '1: message.text']);
  });
});

describe('SARIF fingerprints', () => {
  function print(f: Finding): string {
    return sarif(report([f])).runs[0].results[0].partialFingerprints['pgIndexLint/v1'];
  }

  test('32 hex characters under pgIndexLint/v1', () => {
    const r = sarif(report([fileError])).runs[0].results[0];
    expect(Object.keys(r.partialFingerprints)).toEqual(['pgIndexLint/v1']);
    expect(r.partialFingerprints['pgIndexLint/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  test('stay the same when the finding moves or its wording changes', () => {
    const moved = { ...fileError, file: 'migrations/0009_later.sql', line: 40, column: 1, endLine: 41, endColumn: 2, message: 'reworded', fix: null };
    expect(print(moved)).toBe(print(fileError));
    // The same index found in a live database is the same result.
    expect(print({ ...fileError, file: null, line: null, column: null, endLine: null, endColumn: null })).toBe(print(fileError));
  });

  test('differ by rule, table, index and foreign key', () => {
    const base = print(fileError);
    expect(print({ ...fileError, rule: 'leading-prefix' })).not.toBe(base);
    expect(print({ ...fileError, table: 'sales.orders' })).not.toBe(base);
    expect(print({ ...fileError, index: 'orders_other_idx' })).not.toBe(base);
    expect(print(liveForeignKey)).not.toBe(print({ ...liveForeignKey, foreignKey: 'events_org_id_fkey' }));
  });

  test('findings about no object are told apart by file and message', () => {
    const a = finding({ rule: 'syntax-error', file: 'a.sql', line: 1, message: 'syntax error at or near "CREAT"' });
    expect(print(a)).not.toBe(print({ ...a, message: 'syntax error at or near "INDX"' }));
    expect(print(a)).not.toBe(print({ ...a, file: 'b.sql' }));
    expect(print(a)).toBe(print({ ...a, line: 30 }));
  });
});
