/** Notes about PL/pgSQL code the replay does not follow name the statement in the user's words, never the parser's. */
import { describe, expect, test } from '@jest/globals';
import { lintSql } from './helpers/lintSql.js';

const loops: Array<[string, string]> = [
  ["inside a FOR loop over a query's rows", 'FOR r IN SELECT 1 AS n LOOP CREATE INDEX ON t (a); END LOOP;'],
  ['inside a FOR loop over a range of integers', 'FOR i IN 1..3 LOOP CREATE INDEX ON t (a); END LOOP;'],
  ['inside a FOR loop over a cursor', 'FOR r IN c LOOP CREATE INDEX ON t (a); END LOOP;'],
  ['inside a FOREACH loop over an array', "FOREACH s IN ARRAY ARRAY['a'] LOOP CREATE INDEX ON t (a); END LOOP;"],
  ['inside a FOR loop over the rows of a dynamic query (EXECUTE)', "FOR r IN EXECUTE 'SELECT 1' LOOP CREATE INDEX ON t (a); END LOOP;"],
  ['inside a WHILE loop', 'WHILE false LOOP CREATE INDEX ON t (a); END LOOP;'],
  ['inside a LOOP', 'LOOP CREATE INDEX ON t (a); EXIT; END LOOP;'],
  ['inside a CASE statement', 'CASE 1 WHEN 1 THEN CREATE INDEX ON t (a); END CASE;'],
];

describe('notes about DO blocks speak the user\u2019s language', () => {
  for (const [words, body] of loops) {
    test(words, async () => {
      const sql = `CREATE TABLE t (a int);\nDO $$\nDECLARE r record; i int; s text; c CURSOR FOR SELECT 1;\nBEGIN\n${body}\nEND $$;`;
      const report = await lintSql({ changed: [sql] });
      const messages = report.notes.map((n) => n.message);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(words);
      expect(messages[0]).not.toMatch(/FORS|FORI|FORC|FOREACH_A|DYNFORS|PLpgSQL/);
    });
  }
});
