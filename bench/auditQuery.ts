/**
 * The benchmark's comparator for the live audit: the audit written as one SQL
 * query, the way a DBA's duplicate-index and unindexed-foreign-key queries
 * are, so the server does all the work and sends back only the findings. It
 * follows docs/semantics.md over pg_index and pg_constraint:
 * duplicate-index, duplicates-constraint, leading-prefix (btree),
 * unindexed-foreign-key and invalid-index, with the same scope (no system
 * schemas, no extension's objects, never a partition's copy of its parent's
 * index) and the same choice of which of two equal indexes is kept.
 *
 * It is a yardstick, not a second implementation to trust: keys are compared
 * by attribute number, or by the text PostgreSQL prints for an expression;
 * predicates by their printed text; an index's predicate serves a foreign key
 * only if its printed conjuncts are all `column IS NOT NULL`.
 */

/** One row per finding: rule, table, index (or foreign key), the indexes that make it redundant, size. */
export function auditQuery(serverVersionNum: number): string {
  const nullsNotDistinct = serverVersionNum >= 150000 ? 'i.indnullsnotdistinct' : 'false';
  return `
WITH user_tables AS (
  SELECT c.oid, n.nspname || '.' || c.relname AS name
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'm')
     AND n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
),
-- one row per key column: what it indexes (a column number, or the expression's text), how, in which order
index_keys AS (
  SELECT i.indexrelid, p.n, i.indkey[p.n] AS attnum, i.indclass[p.n] AS opclass, i.indcollation[p.n] AS collation,
         CASE WHEN i.indkey[p.n] <> 0 THEN i.indkey[p.n]::text ELSE pg_catalog.pg_get_indexdef(i.indexrelid, p.n + 1, false) END
           || '/' || i.indclass[p.n] || '/' || i.indcollation[p.n] AS signature,
         i.indoption[p.n]::int AS option
    FROM pg_catalog.pg_index i
    JOIN user_tables t ON t.oid = i.indrelid
   CROSS JOIN LATERAL pg_catalog.generate_series(0, i.indnkeyatts - 1) AS p(n)
),
keys_per_index AS (
  SELECT indexrelid,
         array_agg(signature ORDER BY n) AS signatures,
         array_agg(attnum ORDER BY n) AS attnums,
         array_agg(option ORDER BY n) AS options,
         -- a backward scan reverses both DESC and NULLS FIRST
         array_agg(option # 3 ORDER BY n) AS flipped
    FROM index_keys
   GROUP BY indexrelid
),
index_constraints AS (
  SELECT DISTINCT ON (conindid) conindid, contype, condeferrable
    FROM pg_catalog.pg_constraint
   WHERE contype IN ('p', 'u', 'x')
   ORDER BY conindid, oid
),
referenced AS (SELECT DISTINCT conindid FROM pg_catalog.pg_constraint WHERE contype = 'f'),
indexes AS (
  SELECT i.indexrelid AS oid, i.indrelid AS tbl, t.name AS table_name, ic.relname AS name, am.amname AS method,
         i.indnkeyatts AS nkeys, i.indisvalid AND i.indisready AS valid, i.indisunique AS uniq,
         k.signatures, k.attnums, k.options, k.flipped,
         ARRAY(SELECT i.indkey[p] FROM pg_catalog.generate_series(i.indnkeyatts, i.indnatts - 1) AS p ORDER BY 1) AS include,
         pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
         con.contype,
         ${nullsNotDistinct} OR con.contype IS NOT DISTINCT FROM 'p' AS strict_nulls,
         coalesce(con.condeferrable, false) AS deferrable,
         h.inhrelid IS NOT NULL AS inherited,
         -- which of two equal indexes is kept (docs/semantics.md, "Which index is reported"): the greater array, then the older index
         ARRAY[h.inhrelid IS NOT NULL, con.contype IS NOT DISTINCT FROM 'p', con.contype IS NOT NULL, i.indisunique,
               r.conindid IS NOT NULL, i.indisreplident, i.indisclustered] AS keep
    FROM pg_catalog.pg_index i
    JOIN user_tables t ON t.oid = i.indrelid
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
    JOIN pg_catalog.pg_am am ON am.oid = ic.relam
    JOIN keys_per_index k ON k.indexrelid = i.indexrelid
    LEFT JOIN index_constraints con ON con.conindid = i.indexrelid
    LEFT JOIN pg_catalog.pg_inherits h ON h.inhrelid = i.indexrelid
    LEFT JOIN referenced r ON r.conindid = i.indexrelid
),
-- k makes r redundant, and how (docs/semantics.md: duplicates, constraints, leading prefixes)
covers AS (
  SELECT r.oid AS r, k.oid AS k,
         CASE
           WHEN r.method <> 'btree' THEN
             CASE WHEN r.nkeys = k.nkeys AND r.include = k.include AND r.uniq = k.uniq THEN 'duplicate-index' END
           WHEN NOT r.include <@ (k.attnums || k.include) THEN NULL
           WHEN r.uniq THEN
             CASE WHEN k.uniq AND r.nkeys = k.nkeys AND (k.strict_nulls OR NOT r.strict_nulls) AND (NOT k.deferrable OR r.deferrable)
                  THEN CASE WHEN r.contype IS NOT NULL OR k.contype IS NOT NULL THEN 'duplicates-constraint' ELSE 'duplicate-index' END END
           WHEN r.nkeys = k.nkeys AND k.uniq THEN 'duplicates-constraint'
           WHEN r.nkeys = k.nkeys AND r.include = k.include THEN 'duplicate-index'
           ELSE 'leading-prefix'
         END AS rule
    FROM indexes r
    JOIN indexes k ON k.tbl = r.tbl AND k.method = r.method AND k.signatures[1] = r.signatures[1] AND k.oid <> r.oid
   WHERE r.valid AND k.valid
     AND r.predicate IS NOT DISTINCT FROM k.predicate
     AND r.nkeys <= k.nkeys
     AND r.signatures = k.signatures[1:r.nkeys]
     AND (r.options = k.options[1:r.nkeys] OR (r.method = 'btree' AND r.options = k.flipped[1:r.nkeys]))
),
-- of two indexes that cover each other, only the one not kept is reported
mutual AS (
  SELECT c.r, c.k, c.rule, count(*) OVER (PARTITION BY least(c.r, c.k), greatest(c.r, c.k)) = 2 AS both_ways
    FROM covers c
   WHERE c.rule IS NOT NULL
),
redundant AS (
  SELECT ri.oid, ri.table_name, ri.name, m.rule, ki.name AS related
    FROM mutual m
    JOIN indexes ri ON ri.oid = m.r
    JOIN indexes ki ON ki.oid = m.k
   WHERE NOT ri.inherited AND ri.contype IS DISTINCT FROM 'p' AND ri.contype IS DISTINCT FROM 'x'
     AND (NOT m.both_ways OR ki.keep > ri.keep OR (ki.keep = ri.keep AND ki.oid < ri.oid))
),
foreign_keys AS (
  SELECT con.oid, con.conname, con.conrelid, con.conkey, con.conpfeqop, cardinality(con.conkey) AS n, t.name AS table_name
    FROM pg_catalog.pg_constraint con
    JOIN user_tables t ON t.oid = con.conrelid
   -- a partition's copy of its parent's foreign key is judged on the parent
   WHERE con.contype = 'f' AND con.conparentid = 0
),
-- a foreign key is served (docs/semantics.md) by a valid btree index whose first n keys are the foreign key's columns in any order, or a one-column hash
unindexed_foreign_keys AS (
  SELECT fk.oid, fk.table_name, fk.conname
    FROM foreign_keys fk
   WHERE NOT EXISTS (
     SELECT 1
       FROM pg_catalog.pg_index i
       JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_catalog.pg_am am ON am.oid = ic.relam
      WHERE i.indrelid = fk.conrelid AND i.indisvalid AND i.indisready
        AND ((am.amname = 'btree' AND i.indnkeyatts >= fk.n) OR (am.amname = 'hash' AND fk.n = 1))
        -- int2vector subscripts start at 0
        AND (i.indkey::int2[])[0:fk.n - 1] @> fk.conkey AND (i.indkey::int2[])[0:fk.n - 1] <@ fk.conkey
        -- each key has the column's collation and an operator family holding the foreign key's equality
        AND NOT EXISTS (
          SELECT 1
            FROM pg_catalog.generate_series(0, fk.n - 1) AS p(n)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = fk.conrelid AND a.attnum = i.indkey[p.n]
            JOIN pg_catalog.pg_opclass oc ON oc.oid = i.indclass[p.n]
           WHERE i.indcollation[p.n] <> a.attcollation
              OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_amop o
                              WHERE o.amopfamily = oc.opcfamily
                                AND o.amopopr = fk.conpfeqop[array_position(fk.conkey, i.indkey[p.n])]))
        AND (i.indpred IS NULL OR NOT EXISTS (
          SELECT 1
            FROM unnest(string_to_array(regexp_replace(pg_catalog.pg_get_expr(i.indpred, i.indrelid), '[()]', '', 'g'), ' AND ')) AS c(term)
           WHERE NOT EXISTS (SELECT 1
                               FROM unnest(fk.conkey) AS f(attnum)
                               JOIN pg_catalog.pg_attribute a ON a.attrelid = fk.conrelid AND a.attnum = f.attnum
                              WHERE c.term = pg_catalog.quote_ident(a.attname) || ' IS NOT NULL'))))
)
SELECT (ARRAY['duplicates-constraint', 'duplicate-index', 'leading-prefix'])[min(array_position(ARRAY['duplicates-constraint', 'duplicate-index', 'leading-prefix'], rule))] AS rule,
       table_name AS "table", name, array_agg(related::text ORDER BY related) AS related, pg_catalog.pg_relation_size(oid) AS size_bytes
  FROM redundant
 GROUP BY oid, table_name, name
UNION ALL
SELECT 'invalid-index', table_name, name, '{}', pg_catalog.pg_relation_size(oid) FROM indexes WHERE NOT valid
UNION ALL
SELECT 'unindexed-foreign-key', table_name, conname, '{}', NULL FROM unindexed_foreign_keys`;
}
