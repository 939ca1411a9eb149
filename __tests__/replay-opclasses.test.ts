/**
 * Default operator classes written out are the default: for each case the
 * static replay holds exactly the indexes (operator classes shown where not
 * the default) PostgreSQL's catalog holds after psql runs the same SQL, and
 * the same findings.
 */
import { describe, expect, test } from '@jest/globals';
import { OPCLASS_DEFAULTS, OPCLASS_DEFAULTS_VERSION } from '../src/model/opclassDefaults.js';
import { testAgreement } from './helpers/serverModel.js';
import { lintSql, verdicts } from './helpers/lintSql.js';

const cases: Record<string, string> = {
  'on expression keys': `
    CREATE TABLE t (a int, b text, doc jsonb);
    CREATE INDEX e1 ON t ((lower(b)) text_ops);
    CREATE INDEX e2 ON t ((a + 1) int4_ops);
    CREATE INDEX e3 ON t ((lower(b)) text_pattern_ops);
    CREATE INDEX e4 ON t USING gin ((doc -> 'x') jsonb_ops);
    CREATE INDEX e5 ON t USING gin ((doc -> 'x') jsonb_path_ops);`,
  'on the columns of CREATE TABLE AS': `
    CREATE TABLE s (a int, b text, doc jsonb);
    CREATE TABLE t AS SELECT * FROM s;
    CREATE INDEX c1 ON t (a int4_ops);
    CREATE INDEX c2 ON t (b text_ops);
    CREATE INDEX c3 ON t (b text_pattern_ops);
    CREATE INDEX c4 ON t USING gin (doc jsonb_ops);`,
  "BRIN's inet_inclusion_ops, GIN's jsonb_ops, GiST's range_ops, an array's array_ops": `
    CREATE TABLE t (ip inet, net cidr, doc jsonb, r int4range, tags text[], v varchar);
    CREATE INDEX b1 ON t USING brin (ip inet_inclusion_ops);
    CREATE INDEX b2 ON t USING brin (ip inet_minmax_ops);
    CREATE INDEX b3 ON t USING brin (net inet_inclusion_ops);
    CREATE INDEX g1 ON t USING gin (doc jsonb_ops);
    CREATE INDEX g2 ON t USING gin (tags array_ops);
    CREATE INDEX s1 ON t USING gist (r range_ops);
    CREATE INDEX h1 ON t USING hash (v text_ops);
    CREATE INDEX h2 ON t USING spgist (v text_ops);`,
};

describe('default operator classes written out agree with PostgreSQL', () => {
  testAgreement(cases);

  test('USING gin (doc) and USING gin (doc jsonb_ops) are the same index', async () => {
    const report = await lintSql({ changed: ['CREATE TABLE t (doc jsonb);\nCREATE INDEX a ON t USING gin (doc);\nCREATE INDEX b ON t USING gin (doc jsonb_ops);'] });
    expect(verdicts(report)).toEqual(['duplicate-index b < a @3']);
  });

  test('the table of defaults says which server it came from, and holds what the indexes above need', () => {
    expect(OPCLASS_DEFAULTS_VERSION).toMatch(/^\d+\.\d+/);
    expect(OPCLASS_DEFAULTS.brin.inet).toBe('inet_inclusion_ops');
    expect(OPCLASS_DEFAULTS.gin.jsonb).toBe('jsonb_ops');
  });
});
