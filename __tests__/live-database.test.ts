/**
 * The live path end to end: snapshots, audit and lint over a database,
 * pg_indexes exports, invalid indexes, the fix file, and a connection that
 * cannot write. On DATABASE_URL's server and on an embedded server of each
 * other major.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { inReadOnlyTransaction } from '../src/catalog/connection.js';
import { runCli } from '../src/cli/main.js';
import type { Finding } from '../src/findings.js';
import { reportProblems } from './helpers/reportSchema.js';
import { applySql, describeOnEachServer } from './helpers/testDatabase.js';

const EXAMPLE = path.resolve('examples/helpdesk');

const work = mkdtempSync(path.join(tmpdir(), 'pgil-live-'));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: work, env: { ...process.env, DATABASE_URL: '' } });
  return { code, out, err };
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.index ?? f.foreignKey}${f.line ? ` @${f.line}` : ''}`).sort();

describeOnEachServer('live', (server, db) => {
  async function freshPublic(sql: string[]): Promise<void> {
    await db.client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await db.client.query('CREATE SCHEMA public');
    for (const text of sql) await applySql(db.client, text);
  }

  describe('examples/helpdesk on a real server', () => {
    beforeAll(async () => {
      await freshPublic([readFileSync(path.join(EXAMPLE, '0001_initial_schema.sql'), 'utf8')]);
    });

    test('audit --database-url and audit --snapshot (from snapshot -o) report what the audit of 0001 reports', async () => {
      const fromFiles = await cli('audit', path.join(EXAMPLE, '0001_initial_schema.sql'), '--format', 'json');
      const live = await cli('audit', '--database-url', db.url, '--format', 'json');
      expect(live.code).toBe(1);
      // Findings with no file, sizes and scans: the JSON Schema's other half.
      expect(reportProblems(live.out)).toEqual([]);
      expect(JSON.parse(live.out).findings[0]).toMatchObject({ file: null, line: null, sizeBytes: expect.any(Number) });
      const expected = summary(JSON.parse(fromFiles.out).findings).map((s) => s.replace(/ @\d+$/, ''));
      expect(summary(JSON.parse(live.out).findings)).toEqual(expected);
      expect(expected).toHaveLength(6);

      const snap = await cli('snapshot', '--database-url', db.url, '-o', 'snap.json');
      expect(snap.code).toBe(0);
      expect(snap.err).toMatch(/snapshot of .*: 13 tables, 41 indexes, 22 foreign keys → snap.json/);
      const document = JSON.parse(readFileSync(path.join(work, 'snap.json'), 'utf8'));
      expect(document).toMatchObject({ format: 'pg-index-lint-snapshot', version: 1 });
      expect(JSON.stringify(document)).not.toMatch(/password|postgresql:\/\//i);
      const fromSnapshot = await cli('audit', '--snapshot', 'snap.json', '--format', 'json');
      expect(reportProblems(fromSnapshot.out)).toEqual([]);
      expect(summary(JSON.parse(fromSnapshot.out).findings)).toEqual(expected);
    });

    test('audit over a database sorts by size, shows sizes and scans, and totals what there is to reclaim', async () => {
      const { out } = await cli('audit', '--database-url', db.url);
      const lines = out.trim().split('\n');
      expect(lines[0]).toMatch(/^database public\.\S+: error \[(duplicate-index|duplicates-constraint|leading-prefix)\] .* \[\d+(\.\d)? kB, 0 scans\]$/);
      expect(lines[lines.length - 1]).toMatch(/^5 errors, 1 warning \(the database\); \d+ kB to reclaim\.$/);
    });

    test('--fix-file writes a reviewable script: drops, commented constraint drops, indexes for foreign keys', async () => {
      await cli('audit', '--database-url', db.url, '--fix-file', 'fix.sql');
      const script = readFileSync(path.join(work, 'fix.sql'), 'utf8');
      expect(script).toContain('DROP INDEX CONCURRENTLY IF EXISTS public.users_email_idx;');
      expect(script).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_tags_tag_id_idx ON public.ticket_tags (tag_id);');
      expect(script).toMatch(/run this file with psql, not in one transaction/);
    });

    test('lint --database-url --changed 0003 reports its four redundant indexes on the lines of 0003', async () => {
      await applySql(db.client, readFileSync(path.join(EXAMPLE, '0002_drop_unused_indexes.sql'), 'utf8'));
      const { code, out } = await cli('lint', '--database-url', db.url, '--changed', path.join(EXAMPLE, '0003_reporting_indexes.sql'), '--format', 'json');
      expect(code).toBe(1);
      expect(reportProblems(out)).toEqual([]);
      expect(summary(JSON.parse(out).findings)).toEqual([
        'duplicate-index ticket_events_recent_by_ticket_idx @10',
        'duplicates-constraint tags_org_name_uq @14',
        'duplicates-constraint users_email_lookup_idx @5',
        'leading-prefix tickets_org_status_idx @8',
      ]);
    });
  });

  describe('over a live schema', () => {
    test('an index already in the database with the same definition is treated as applied; another definition is a conflict', async () => {
      await freshPublic(['CREATE TABLE t (a int, b int); CREATE INDEX t_a ON t (a);']);
      writeFileSync(path.join(work, 'same.sql'), 'CREATE INDEX t_a ON t (a);\n');
      writeFileSync(path.join(work, 'other.sql'), 'CREATE INDEX IF NOT EXISTS t_a ON t (b);\n');
      const same = await cli('lint', '--database-url', db.url, '--changed', 'same.sql', '--format', 'json');
      expect(JSON.parse(same.out)).toMatchObject({ findings: [], notes: [{ file: 'same.sql', line: 1, message: 'index t_a is already in the database with this definition: treated as applied' }] });
      const other = await cli('lint', '--database-url', db.url, '--changed', 'other.sql', '--format', 'json');
      expect(other.code).toBe(1);
      expect(JSON.parse(other.out).findings).toMatchObject([
        { rule: 'index-name-conflict', file: 'other.sql', line: 1, message: expect.stringMatching(/does nothing \(IF NOT EXISTS\), so the index it describes is never built/) },
      ]);
    });

    (server.major >= 17 ? test : test.skip)('a JSON_QUERY index in the database meets the same index written in a migration, and its duplicate (PostgreSQL 17)', async () => {
      await freshPublic(["CREATE TABLE t (a int, d jsonb); CREATE INDEX t_q ON t (JSON_QUERY(d, '$.a')); CREATE INDEX t_e ON t (a) WHERE JSON_EXISTS(d, '$.c');"]);
      writeFileSync(
        path.join(work, 'json.sql'),
        "CREATE INDEX t_q ON t (json_query(d, '$.a'));\nCREATE INDEX t_q2 ON t (JSON_QUERY(d, '$.a'));\nCREATE INDEX t_q3 ON t (JSON_QUERY(d, '$.b'));\nCREATE INDEX t_e2 ON t (a) WHERE json_exists(d, '$.c');\n",
      );
      const { code, out } = await cli('lint', '--database-url', db.url, '--changed', 'json.sql', '--format', 'json');
      expect(code).toBe(1);
      const report = JSON.parse(out);
      expect(summary(report.findings)).toEqual(['duplicate-index t_e2 @4', 'duplicate-index t_q2 @2']);
      expect(report.notes).toContainEqual(expect.objectContaining({ file: 'json.sql', line: 1, message: expect.stringMatching(/index t_q is already in the database with this definition/) }));
    });

    test('an invalid index (a failed CREATE INDEX CONCURRENTLY) is its own finding, and never the reason for another', async () => {
      await freshPublic(['CREATE TABLE t (a int, b int); INSERT INTO t VALUES (1, 1), (1, 1); CREATE INDEX t_a ON t (a);']);
      await expect(db.client.query('CREATE UNIQUE INDEX CONCURRENTLY t_a_b ON t (a, b)')).rejects.toThrow(/could not create unique index/);
      const { out } = await cli('audit', '--database-url', db.url, '--format', 'json');
      expect(summary(JSON.parse(out).findings)).toEqual(['invalid-index t_a_b']);
    });

    test('a pg_indexes export (CSV or JSON) is read with the same parser; foreign keys are said to be unchecked', async () => {
      await freshPublic(['CREATE TABLE t (a int, b int); CREATE INDEX t_a ON t (a); CREATE INDEX t_ab ON t (a, b);']);
      const rows = (await db.client.query("SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname")).rows;
      writeFileSync(path.join(work, 'idx.json'), JSON.stringify(rows));
      const csv = ['schemaname,tablename,indexname,indexdef', ...rows.map((r) => [r.schemaname, r.tablename, r.indexname, `"${String(r.indexdef).replace(/"/g, '""')}"`].join(','))].join('\n');
      writeFileSync(path.join(work, 'idx.csv'), csv);
      for (const file of ['idx.json', 'idx.csv']) {
        const { out } = await cli('audit', '--snapshot', file, '--format', 'json');
        const report = JSON.parse(out);
        expect(summary(report.findings)).toEqual(['leading-prefix t_a']);
        expect(report.notes[0].message).toMatch(/pg_indexes export: it has no foreign keys/);
      }
    });

    test('definitions are parsed in batches: each statement goes with its own index, and one that does not parse is named and left out', async () => {
      // More indexes than one batch of the parser holds, names of several bytes per character, a broken definition in the middle.
      const tables = Array.from({ length: 1300 }, (_, n) => `tä${n}`);
      const index = (table: string, n: number, name: string, definition: string) => ({
        oid: 2 * n + (name.endsWith('_ab') ? 2 : 1),
        schema: 'public',
        name,
        table: `public.${table}`,
        definition,
        method: 'btree',
        unique: false,
        primary: false,
        nullsNotDistinct: false,
        valid: true,
        clustered: false,
        replicaIdentity: false,
        keyColumns: 1,
        opclasses: [],
        opfamilies: [],
        collations: [],
        predicate: null,
        expressions: null,
        parentIndex: null,
        constraint: null,
        sizeBytes: 8192 * (n + 1),
        scans: n,
      });
      const snapshot = {
        format: 'pg-index-lint-snapshot',
        version: 1,
        takenAt: '',
        serverVersion: '18.0',
        serverVersionNum: 180000,
        database: 'd',
        schemas: ['public'],
        enums: [],
        domains: [],
        tables: tables.map((name, n) => ({
          oid: n + 1,
          schema: 'public',
          name,
          kind: 'table',
          partitionOf: null,
          inherits: [],
          columns: ['a', 'b'].map((c) => ({ name: c, type: 'integer', collation: null, notNull: false })),
        })),
        indexes: tables.flatMap((t, n) => [
          index(t, n, `${t}_a`, `CREATE INDEX "${t}_a" ON public."${t}" USING btree (a)`),
          index(t, n, `${t}_ab`, n === 700 ? 'CREATE INDEX broken ON' : `CREATE INDEX "${t}_ab" ON public."${t}" USING btree (a, b)`),
        ]),
        foreignKeys: [],
      };
      writeFileSync(path.join(work, 'many.json'), JSON.stringify(snapshot));
      const report = JSON.parse((await cli('audit', '--snapshot', 'many.json', '--format', 'json')).out);
      expect(report.findings).toHaveLength(1299);
      // Sizes and scans are set on the index a definition created: a statement given to the wrong index would lose them.
      expect(
        report.findings.filter((f: Finding) => {
          const n = Number(f.index?.slice(2, -2));
          return f.rule === 'leading-prefix' && f.table === `public.tä${n}` && f.index === `tä${n}_a` && f.relatedIndexes?.[0] === `tä${n}_ab` && f.sizeBytes === 8192 * (n + 1) && f.scans === n;
        }),
      ).toHaveLength(1299);
      expect(report.findings.some((f: Finding) => f.index === 'tä700_a')).toBe(false);
      expect(report.notes.map((n: { message: string }) => n.message)).toContainEqual(expect.stringMatching(/^index public\.tä700_ab from .* could not be read/));
    });

    (server.embedded ? test.skip : test)('a plain role that can only log in reads everything the audit needs', async () => {
      await freshPublic(['CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p_id int REFERENCES p, a int); CREATE INDEX c_a ON c (a); CREATE INDEX c_a2 ON c (a);']);
      const role = `pgil_reader_${process.pid}`;
      await db.client.query(`DROP ROLE IF EXISTS ${role}`);
      await db.client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      try {
        const u = new URL(db.url);
        u.username = role;
        const asReader = await cli('audit', '--database-url', u.toString(), '--format', 'json');
        const asOwner = await cli('audit', '--database-url', db.url, '--format', 'json');
        expect(asReader.err).toBe('');
        expect(summary(JSON.parse(asReader.out).findings)).toEqual(summary(JSON.parse(asOwner.out).findings));
        expect(summary(JSON.parse(asReader.out).findings)).toEqual(['duplicate-index c_a2', 'unindexed-foreign-key c_p_id_fkey']);
      } finally {
        await db.client.query(`DROP ROLE IF EXISTS ${role}`);
      }
    });

    test('a libpq key=value connection string works too', async () => {
      await freshPublic(['CREATE TABLE t (a int); CREATE INDEX t_a1 ON t (a); CREATE INDEX t_a2 ON t (a);']);
      const u = new URL(db.url);
      const keyValue = `host=${u.hostname} port=${u.port || 5432} dbname=${u.pathname.slice(1)} user=${u.username || 'postgres'}`;
      const { err, out } = await cli('audit', '--database-url', keyValue, '--format', 'json');
      expect(err).toBe('');
      expect(summary(JSON.parse(out).findings)).toEqual(['duplicate-index t_a2']);
    });

    test("the tool's connection cannot write", async () => {
      const attempt = inReadOnlyTransaction({ url: db.url, source: '--database-url', connectTimeoutSeconds: 5, statementTimeoutSeconds: 5 }, (client) =>
        client.query('CREATE TABLE written_by_the_tool (a int)'),
      );
      await expect(attempt).rejects.toThrow(/read-only transaction/);
      expect((await db.client.query("SELECT to_regclass('public.written_by_the_tool') AS t")).rows[0].t).toBeNull();
    });
  });
});
