/**
 * The one catalog query behind a snapshot. It returns a single JSON document,
 * so reading a database of any size is one round trip. Names are read with an
 * empty search_path, so every definition PostgreSQL prints is schema-qualified.
 * `name[]`, `int2vector` and `oidvector` columns are cast to plain arrays.
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
  SELECT c.oid, c.relname, c.relkind, ns.nspname
    FROM pg_catalog.pg_class c
    JOIN user_namespaces ns ON ns.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p', 'm')
     -- objects owned by an extension are not the application's
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
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
             'partitionOf', (SELECT pn.nspname || '.' || p.relname
                               FROM pg_catalog.pg_inherits h
                               JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
                               JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                               JOIN pg_catalog.pg_class me ON me.oid = h.inhrelid
                              WHERE h.inhrelid = t.oid AND me.relispartition),
             'inherits', (SELECT coalesce(pg_catalog.json_agg(pn.nspname || '.' || p.relname ORDER BY h.inhseqno), '[]')
                            FROM pg_catalog.pg_inherits h
                            JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
                            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                            JOIN pg_catalog.pg_class me ON me.oid = h.inhrelid
                           WHERE h.inhrelid = t.oid AND NOT me.relispartition),
             'columns', (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
                                  'name', a.attname,
                                  'type', pg_catalog.format_type(a.atttypid, a.atttypmod),
                                  'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
                                                    THEN co.collname END,
                                  'notNull', a.attnotnull) ORDER BY a.attnum), '[]')
                           FROM pg_catalog.pg_attribute a
                           JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
                           LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                          WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped)
           ) ORDER BY t.oid), '[]')
      FROM user_tables t),
  'indexes', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
             'oid', i.indexrelid::int8,
             'schema', t.nspname,
             'name', ic.relname,
             'table', t.nspname || '.' || t.relname,
             'definition', pg_catalog.pg_get_indexdef(i.indexrelid),
             'method', am.amname,
             'unique', i.indisunique,
             'primary', i.indisprimary,
             'nullsNotDistinct', ${nullsNotDistinct},
             'valid', i.indisvalid AND i.indisready,
             'clustered', i.indisclustered,
             'replicaIdentity', i.indisreplident,
             'keyColumns', i.indnkeyatts,
             'opclasses', (SELECT coalesce(pg_catalog.json_agg(oc.opcname ORDER BY k.ord), '[]')
                             FROM unnest(i.indclass::oid[]) WITH ORDINALITY AS k(opc, ord)
                             JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opc),
             'opfamilies', (SELECT coalesce(pg_catalog.json_agg(f.opfname ORDER BY k.ord), '[]')
                              FROM unnest(i.indclass::oid[]) WITH ORDINALITY AS k(opc, ord)
                              JOIN pg_catalog.pg_opclass oc ON oc.oid = k.opc
                              JOIN pg_catalog.pg_opfamily f ON f.oid = oc.opcfamily),
             'collations', (SELECT coalesce(pg_catalog.json_agg(co.collname ORDER BY k.ord), '[]')
                              FROM unnest(i.indcollation::oid[]) WITH ORDINALITY AS k(coll, ord)
                              LEFT JOIN pg_catalog.pg_collation co ON co.oid = k.coll),
             'predicate', pg_catalog.pg_get_expr(i.indpred, i.indrelid),
             'expressions', pg_catalog.pg_get_expr(i.indexprs, i.indrelid),
             'parentIndex', (SELECT pn.nspname || '.' || p.relname
                               FROM pg_catalog.pg_inherits h
                               JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
                               JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                              WHERE h.inhrelid = i.indexrelid),
             'constraint', (SELECT pg_catalog.json_build_object(
                                     'name', con.conname,
                                     'type', CASE con.contype WHEN 'p' THEN 'primary' WHEN 'u' THEN 'unique' ELSE 'exclusion' END,
                                     'deferrable', con.condeferrable)
                              FROM pg_catalog.pg_constraint con
                             WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
                             LIMIT 1),
             'sizeBytes', pg_catalog.pg_relation_size(i.indexrelid),
             'scans', (SELECT s.idx_scan FROM pg_catalog.pg_stat_user_indexes s WHERE s.indexrelid = i.indexrelid)
           ) ORDER BY i.indexrelid), '[]')
      FROM pg_catalog.pg_index i
      JOIN user_tables t ON t.oid = i.indrelid
      JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_catalog.pg_am am ON am.oid = ic.relam),
  'foreignKeys', (
    SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
             'oid', con.oid::int8,
             'name', con.conname,
             'table', t.nspname || '.' || t.relname,
             'definition', pg_catalog.pg_get_constraintdef(con.oid),
             'columns', (SELECT coalesce(pg_catalog.json_agg(a.attname ORDER BY k.ord), '[]')
                           FROM unnest(con.conkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                           JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),
             'referencedTable', rn.nspname || '.' || r.relname,
             'referencedColumns', (SELECT coalesce(pg_catalog.json_agg(a.attname ORDER BY k.ord), '[]')
                                     FROM unnest(con.confkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                                     JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum),
             'validated', con.convalidated
           ) ORDER BY con.oid), '[]')
      FROM pg_catalog.pg_constraint con
      JOIN user_tables t ON t.oid = con.conrelid
      JOIN pg_catalog.pg_class r ON r.oid = con.confrelid
      JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
     -- a partition's copy of its parent's foreign key is the parent's
     WHERE con.contype = 'f' AND con.conparentid = 0)
) AS snapshot`;
}
