/**
 * What a new table takes from the tables it inherits and copies: a
 * compression method and a generation expression must agree, and LIKE
 * copies a CHECK ... NO INHERIT that a partitioned table refuses. Each case
 * runs on the server and in the replay, which must agree; what the majors
 * decide differently is accepted by the replay (the last tests).
 */
import { describe, expect, test } from '@jest/globals';
import { describeModel, staticModel, testAgreement } from './helpers/serverModel.js';

const cases: Record<string, string> = {
  'two parents must agree on whether a column is generated, and on its expression': `
    CREATE TABLE g1 (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
    CREATE TABLE plain (x int, b int);
    CREATE TABLE f1 (id int PRIMARY KEY) INHERITS (g1, plain);
    CREATE TABLE g2 (x int, b int GENERATED ALWAYS AS (x * 22) STORED);
    CREATE TABLE f2 (id int PRIMARY KEY) INHERITS (g1, g2);
    CREATE TABLE g3 (a int, b int GENERATED ALWAYS AS (2 * a) STORED);
    CREATE TABLE f3 (id int PRIMARY KEY) INHERITS (g1, g3);
    CREATE TABLE d (x int, b int DEFAULT 55);
    CREATE TABLE f4 (id int PRIMARY KEY) INHERITS (d, g1);
    CREATE TABLE g4 (x int, a int, b int GENERATED ALWAYS AS ((g4.a) * 2::int) STORED);
    CREATE TABLE ok1 (id int PRIMARY KEY) INHERITS (g1, g4);
    CREATE TABLE ok2 (id int PRIMARY KEY, b int NOT NULL) INHERITS (g1, g4);
    CREATE TABLE ok3 (id int PRIMARY KEY) INHERITS (plain, d);`,
  'a column definition of a generated inherited column takes no DEFAULT, serial or identity': `
    CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
    CREATE TABLE f1 (id int PRIMARY KEY, b int DEFAULT 10) INHERITS (g);
    CREATE TABLE f2 (id int PRIMARY KEY, b int GENERATED ALWAYS AS IDENTITY) INHERITS (g);
    CREATE TABLE f3 (id int PRIMARY KEY, b serial) INHERITS (g);
    CREATE TABLE ok1 (id int PRIMARY KEY, a int DEFAULT 5, b int NOT NULL) INHERITS (g);
    CREATE TABLE ok2 (id int PRIMARY KEY, b int DEFAULT 10);`,
  'DROP EXPRESSION makes a column plain; a rename keeps the expressions equal; DROP COLUMN CASCADE takes the generated column along': `
    CREATE TABLE g1 (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
    CREATE TABLE g2 (z int, b int GENERATED ALWAYS AS (z * 2) STORED);
    CREATE TABLE f1 (id int PRIMARY KEY) INHERITS (g1, g2);
    ALTER TABLE g2 RENAME COLUMN z TO a;
    CREATE TABLE ok1 (id int PRIMARY KEY) INHERITS (g1, g2);
    CREATE TABLE g3 (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
    ALTER TABLE g3 ALTER COLUMN b DROP EXPRESSION;
    CREATE TABLE ok2 (id int PRIMARY KEY, b int DEFAULT 3) INHERITS (g3);
    CREATE TABLE g4 (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
    ALTER TABLE g4 DROP COLUMN a CASCADE;
    CREATE TABLE ok3 (id int PRIMARY KEY, b int DEFAULT 3) INHERITS (g4);`,
  'LIKE ... INCLUDING CONSTRAINTS copies a CHECK ... NO INHERIT, which a partitioned table refuses': `
    CREATE TABLE noinh (a int CHECK (a > 0) NO INHERIT, b int);
    CREATE TABLE f1 (LIKE noinh INCLUDING ALL, PRIMARY KEY (a)) PARTITION BY LIST (a);
    CREATE TABLE f2 (LIKE noinh INCLUDING CONSTRAINTS, PRIMARY KEY (a)) PARTITION BY LIST (a);
    CREATE TABLE copy (LIKE noinh INCLUDING CONSTRAINTS);
    CREATE TABLE f3 (LIKE copy INCLUDING CONSTRAINTS, PRIMARY KEY (a)) PARTITION BY LIST (a);
    CREATE TABLE ok1 (LIKE noinh INCLUDING ALL EXCLUDING CONSTRAINTS, PRIMARY KEY (a)) PARTITION BY LIST (a);
    CREATE TABLE ok2 (LIKE noinh INCLUDING CONSTRAINTS, PRIMARY KEY (a));
    CREATE TABLE named (a int, b int, CONSTRAINT positive CHECK (b > 0) NO INHERIT);
    ALTER TABLE named RENAME CONSTRAINT positive TO pos;
    ALTER TABLE named DROP CONSTRAINT pos;
    CREATE TABLE ok3 (LIKE named INCLUDING CONSTRAINTS, PRIMARY KEY (a)) PARTITION BY LIST (a);
    CREATE TABLE dropped (a int, b int CHECK (b > 0) NO INHERIT);
    ALTER TABLE dropped DROP COLUMN b;
    CREATE TABLE ok4 (LIKE dropped INCLUDING CONSTRAINTS, PRIMARY KEY (a)) PARTITION BY LIST (a);`,
};

/** COMPRESSION is PostgreSQL 14's, and lz4 is in the server builds CI runs, not in the embedded one. */
const compressionCases: Record<string, string> = {
  'a column takes the compression method of its parents: none may name another': `
    CREATE TABLE pg (f1 text COMPRESSION pglz);
    CREATE TABLE lz (f1 text COMPRESSION lz4);
    CREATE TABLE dflt (f1 text);
    CREATE TABLE f1 (id int PRIMARY KEY) INHERITS (pg, lz);
    CREATE TABLE f2 (id int PRIMARY KEY, f1 text COMPRESSION lz4) INHERITS (pg);
    CREATE TABLE f3 (id int PRIMARY KEY, f1 text COMPRESSION default) INHERITS (pg);
    CREATE TABLE f4 (id int PRIMARY KEY, LIKE lz INCLUDING COMPRESSION) INHERITS (pg);
    CREATE TABLE ok1 (id int PRIMARY KEY) INHERITS (pg, dflt);
    CREATE TABLE ok2 (id int PRIMARY KEY, f1 text COMPRESSION pglz) INHERITS (pg, dflt);
    CREATE TABLE ok3 (id int PRIMARY KEY, LIKE lz) INHERITS (pg);
    CREATE TABLE ok4 (id int PRIMARY KEY, f1 text COMPRESSION lz4) INHERITS (dflt);`,
  'SET COMPRESSION changes what a new child may name, on the table alone': `
    CREATE TABLE pg (f1 text COMPRESSION pglz);
    CREATE TABLE child () INHERITS (pg);
    ALTER TABLE pg ALTER COLUMN f1 SET COMPRESSION lz4;
    CREATE TABLE ok1 (id int PRIMARY KEY, f1 text COMPRESSION lz4) INHERITS (pg);
    CREATE TABLE f1 (id int PRIMARY KEY, f1 text COMPRESSION pglz) INHERITS (pg);
    CREATE TABLE f2 (id int PRIMARY KEY, f1 text COMPRESSION lz4) INHERITS (child);
    ALTER TABLE pg ALTER COLUMN f1 SET COMPRESSION default;
    CREATE TABLE ok2 (id int PRIMARY KEY, f1 text COMPRESSION pglz) INHERITS (pg);`,
};

describe('what a new table inherits and copies agrees with PostgreSQL', () => {
  testAgreement(cases);
  testAgreement(Number(process.env.PGIL_DATABASE_MAJOR) >= 14 && !process.env.PGIL_EMBEDDED_POSTGRES ? compressionCases : {});
});

describe('what the supported majors decide differently is accepted', () => {
  test("a child's own generation expression: PostgreSQL 15 and older refuse it for a generated parent column, 16 and later for a plain one", async () => {
    const model = await staticModel(`
      CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
      CREATE TABLE plain (a int, b int);
      CREATE TABLE c1 (id int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 22) STORED) INHERITS (g);
      CREATE TABLE c2 (id int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 3) STORED) INHERITS (plain);
      CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (2 * a) STORED);
      CREATE TABLE c3 (id int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 9) STORED) INHERITS (g, g2);`);
    expect(describeModel(model).filter((l) => l.includes('_pkey'))).toHaveLength(3);
  });

  test('PostgreSQL 18: a virtual column and a stored one of the same name do not merge', async () => {
    const model = await staticModel(`
      CREATE TABLE s (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
      CREATE TABLE v (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL);
      CREATE TABLE f1 (id int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 2) VIRTUAL) INHERITS (s);
      CREATE TABLE f2 (id int PRIMARY KEY) INHERITS (s, v);
      CREATE TABLE ok (id int PRIMARY KEY) INHERITS (v);`);
    expect(describeModel(model)).toEqual(['index public.ok_pkey on public.ok unique btree (id) constraint primary ok_pkey']);
  });

  test('PostgreSQL 17: SET EXPRESSION gives a column the expression another parent has', async () => {
    const model = await staticModel(`
      CREATE TABLE g1 (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
      CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 3) STORED);
      ALTER TABLE g2 ALTER COLUMN b SET EXPRESSION AS (a * 2);
      CREATE TABLE ok (id int PRIMARY KEY) INHERITS (g1, g2);
      ALTER TABLE g2 ALTER COLUMN b SET EXPRESSION AS (a * 4);
      CREATE TABLE f (id int PRIMARY KEY) INHERITS (g1, g2);`);
    expect(describeModel(model)).toEqual(['index public.ok_pkey on public.ok unique btree (id) constraint primary ok_pkey']);
  });
});
