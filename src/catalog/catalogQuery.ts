/**
 * The one catalog query behind a snapshot. It returns a single JSON document,
 * so reading a database of any size is one round trip. Names are read with an
 * empty search_path, so every definition PostgreSQL prints is schema-qualified.
 * `name[]`, `int2vector` and `oidvector` columns are cast to plain arrays.
 *
 * Per-table and per-index details (columns, operator classes, parents,
 * constraints) are gathered once per catalog in CTEs and joined, never looked
 * up by a subquery per row: with 20,000 indexes the per-row subqueries were
 * most of the server's time.
 */

/** Catalog columns that older servers lack are read only where they exist. */
export function catalogQuery(serverVersionNum: number): string {
  const nullsNotDistinct = serverVersionNum >= 150000 ? 'i.indnullsnotdistinct' : 'false';
  return `
WITH user_namespaces AS (
  SELECT n.oid, n.nspname
    FROM pg_catalog.pg_namespace n
   WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
     AND n.nspname NOT LIKE 'pg\\_toast%'
     AND n.nspname NOT LIKE 'pg\\_temp\\_%'
     AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
),
user_tables AS (
  SELECT c.oid, c.relname, c.relkind, c.relispartition, ns.nspname
    FROM pg_catalog.pg_class c
    JOIN user_namespaces ns ON ns.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'm')
     -- objects owned by an extension are not the application's
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
),
user_indexes AS (
  SELECT i.*, t.nspname, t.relname AS tablename, t.relkind AS tablekind
    FROM pg_catalog.pg_index i
    JOIN user_tables t ON t.oid = i.indrelid
),
-- the parents of every table and index, in inheritance order (a partition has one);
-- names of relations are quoted as quote_ident does, so that a dot inside a name is not read as the schema's
parents AS (
  SELECT h.inhrelid, pg_catalog.json_agg(pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.relname) ORDER BY h.inhseqno) AS names
    FROM pg_catalog.pg_inherits h
    JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
    JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
   GROUP BY h.inhrelid
),
table_columns AS (
  SELECT a.attrelid,
         pg_catalog.json_agg(pg_catalog.json_build_object(
           'name', a.attname,
           'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
           'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
                             THEN co.collname END,
           'notNull', a.attnotnull) ORDER BY a.attnum) AS columns
    FROM pg_catalog.pg_attribute a
    JOIN user_tables t ON t.oid = a.attrelid
    JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
   WHERE a.attnum > 0 AND NOT a.attisdropped
   GROUP BY a.attrelid
),
-- indclass and indcollation both hold one entry per key column
index_keys AS (
  SELECT i.indexrelid,
         pg_catalog.json_agg(oc.opcname ORDER BY k.ord) FILTER (WHERE oc.oid IS NOT NULL) AS opclasses,
         pg_catalog.json_agg(f.opfname ORDER BY k.ord) FILTER (WHERE f.oid IS NOT NULL) AS opfamilies,
         pg_catalog.json_agg(co.collname ORDER BY k.ord) AS collations
    FROM user_indexes i
   CROSS JOIN LATERAL unnest(i.indclass::oid[], i.indcollation::oid[]) WITH ORDINALITY AS k(opc, coll, ord)
    LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opc
    LEFT JOIN pg_catalog.pg_opfamily f ON f.oid = oc.opcfamily
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll
   GROUP BY i.indexrelid
),
-- the constraint an index implements; DISTINCT ON keeps one row per index whatever the catalog holds
index_constraints AS (
  SELECT DISTINCT ON (con.conindid, con.conrelid) con.conindid, con.conrelid,
         pg_catalog.json_build_object(
           'name', con.conname,
           'type', CASE con.contype WHEN 'p' THEN 'primary' WHEN 'u' THEN 'unique' ELSE 'exclusion' END,
           'deferrable', con.condeferrable) AS description
    FROM pg_catalog.pg_constraint con
   WHERE con.contype IN ('p', 'u', 'x')
   ORDER BY con.conindid, con.conrelid, con.oid
)
SELECT pg_catalog.json_build_object(
  'serverVersion', pg_catalog.current_setting('server_version'),
  'serverVersionNum', pg_catalog.current_setting('server_version_num')::int,
  'database', pg_catalog.current_database(),
  'schemas', (SELECT coalesce(pg_catalog.json_agg(nspname ORDER BY nspname), '[]') FROM user_namespaces),
  'enums', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('schema', ns.nspname, 'name', t.typname) ORDER BY t.oid), '[]')
      FROM pg_catalog.pg_type t JOIN user_namespaces ns ON ns.oid = t.typnamespace
     WHERE t.typtype = 'e'),
  'domains', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
             'schema', ns.nspname, 'name', t.typname,
             'baseType', pg_catalog.format_type(t.typbasetype, t.typtypmod)) ORDER BY t.oid), '[]')
      FROM pg_catalog.pg_type t JOIN user_namespaces ns ON ns.oid = t.typnamespace
     WHERE t.typtype = 'd'),
  'tables', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
             'oid', t.oid::int8,
             'schema', t.nspname,
             'name', t.relname,
             'kind', CASE t.relkind WHEN 'p' THEN 'partitioned' WHEN 'm' THEN 'materialized view' ELSE 'table' END,
             'partitionOf', CASE WHEN t.relispartition THEN p.names ->> 0 END,
             'inherits', CASE WHEN t.relispartition OR p.names IS NULL THEN '[]' ELSE p.names END,
             'columns', coalesce(tc.columns, '[]')
           ) ORDER BY t.oid), '[]')
      FROM user_tables t
      LEFT JOIN parents p ON p.inhrelid = t.oid
      LEFT JOIN table_columns tc ON tc.attrelid = t.oid),
  'indexes', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
             'oid', i.indexrelid::int8,
             'schema', i.nspname,
             'name', ic.relname,
             'table', pg_catalog.quote_ident(i.nspname) || '.' || pg_catalog.quote_ident(i.tablename),
             'definition', pg_catalog.pg_get_indexdef(i.indexrelid),
             'method', am.amname,
             'unique', i.indisunique,
             'primary', i.indisprimary,
             'nullsNotDistinct', ${nullsNotDistinct},
             'valid', i.indisvalid AND i.indisready,
             'clustered', i.indisclustered,
             'replicaIdentity', i.indisreplident,
             'keyColumns', i.indnkeyatts,
             'opclasses', coalesce(k.opclasses, '[]'),
             'opfamilies', coalesce(k.opfamilies, '[]'),
             'collations', coalesce(k.collations, '[]'),
             'predicate', pg_catalog.pg_get_expr(i.indpred, i.indrelid),
             'expressions', pg_catalog.pg_get_expr(i.indexprs, i.indrelid),
             'parentIndex', p.names ->> 0,
             'constraint', con.description,
             'sizeBytes', pg_catalog.pg_relation_size(i.indexrelid),
             -- what pg_stat_user_indexes shows, without the view: it has no row for a partitioned table's index
             'scans', CASE WHEN i.tablekind <> 'p' THEN pg_catalog.pg_stat_get_numscans(i.indexrelid) END
           ) ORDER BY i.indexrelid), '[]')
      FROM user_indexes i
      JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_catalog.pg_am am ON am.oid = ic.relam
      LEFT JOIN index_keys k ON k.indexrelid = i.indexrelid
      LEFT JOIN parents p ON p.inhrelid = i.indexrelid
      LEFT JOIN index_constraints con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid),
  -- every other relation of the schemas read (sequences, views, extensions' tables and indexes...):
  -- the names of indexes that fixes create must steer clear of them
  'otherRelations', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('schema', ns.nspname, 'name', c.relname) ORDER BY c.oid), '[]')
      FROM pg_catalog.pg_class c
      JOIN user_namespaces ns ON ns.oid = c.relnamespace
     WHERE c.oid NOT IN (SELECT oid FROM user_tables)
       AND c.oid NOT IN (SELECT indexrelid FROM user_indexes)),
  'foreignKeys', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
             'oid', con.oid::int8,
             'name', con.conname,
             'table', pg_catalog.quote_ident(t.nspname) || '.' || pg_catalog.quote_ident(t.relname),
             'definition', pg_catalog.pg_get_constraintdef(con.oid),
             'columns', (SELECT coalesce(pg_catalog.json_agg(a.attname ORDER BY k.ord), '[]')
                           FROM unnest(con.conkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),
             'referencedTable', pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(r.relname),
             'referencedColumns', (SELECT coalesce(pg_catalog.json_agg(a.attname ORDER BY k.ord), '[]')
                                     FROM unnest(con.confkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                                     JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum),
             'validated', con.convalidated,
             'parent', (SELECT pc.conname FROM pg_catalog.pg_constraint pc WHERE pc.oid = con.conparentid)
           ) ORDER BY con.oid), '[]')
      FROM pg_catalog.pg_constraint con
      JOIN user_tables t ON t.oid = con.conrelid
      JOIN pg_catalog.pg_class r ON r.oid = con.confrelid
      JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
     WHERE con.contype = 'f')
) AS snapshot`;
}
