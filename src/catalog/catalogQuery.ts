/**
 * The catalog queries behind a snapshot, run in one read-only transaction:
 * a header (server, schemas, types), then tables, indexes, the schemas'
 * other relations and foreign keys,
 * each read through a cursor, so rows arrive in batches and no document of
 * the whole catalog is ever built, on the server or here. Names are read with
 * an empty search_path, so every definition PostgreSQL prints is
 * schema-qualified. `name[]`, `int2vector` and `oidvector` columns are cast to
 * plain arrays.
 *
 * An index whose keys are all columns is described by the catalog's own
 * arrays (indkey, indclass, indcollation, indoption), with each key's
 * operator class and collation named only where `pg_get_indexdef` would print
 * them; the server's deparser runs only for expression keys and predicates.
 * With 20,000 indexes, `pg_get_indexdef` on every index was a second of the
 * server's time.
 *
 * Per-table and per-index details are gathered once per catalog in CTEs and
 * joined, never looked up by a subquery per row.
 */

export interface CatalogQueries {
  header: string;
  tables: string;
  indexes: string;
  otherRelations: string;
  foreignKeys: string;
}

/** The schemas and tables read: no system schema, no object an extension owns. `$1` is the --schema list or null. */
const USER_TABLES = `
user_namespaces AS (
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
-- the parents of every table and index, in inheritance order (a partition has one);
-- names of relations are quoted as quote_ident does, so that a dot inside a name is not read as the schema's
parents AS (
  SELECT h.inhrelid, pg_catalog.array_agg(pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.relname) ORDER BY h.inhseqno) AS names
    FROM pg_catalog.pg_inherits h
    JOIN pg_catalog.pg_class p ON p.oid = h.inhparent
    JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
   GROUP BY h.inhrelid
)`;

/** The catalog columns and types that older servers lack are read only where they exist. */
export function catalogQueries(serverVersionNum: number): CatalogQueries {
  const nullsNotDistinct = serverVersionNum >= 150000 ? 'i.indnullsnotdistinct' : 'false';
  // type_is_array(): an array type is one subscripted as an array (PostgreSQL 14 made the handler explicit).
  const isArray = (t: string) => (serverVersionNum >= 140000 ? `${t}.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc` : `(${t}.typelem <> 0 AND ${t}.typlen = -1)`);
  // Per-column operator class options (PostgreSQL 13) are printed only by pg_get_indexdef.
  const columnOptions = serverVersionNum >= 130000 ? 'a.attoptions IS NOT NULL' : 'false';

  const header = `
WITH ${USER_TABLES.slice(0, USER_TABLES.indexOf(',\nuser_tables'))}
SELECT pg_catalog.current_setting('server_version') AS "serverVersion",
       pg_catalog.current_setting('server_version_num')::int AS "serverVersionNum",
       pg_catalog.current_database() AS database,
       (SELECT coalesce(pg_catalog.array_agg(nspname::text ORDER BY nspname), '{}') FROM user_namespaces) AS schemas,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object('schema', ns.nspname, 'name', t.typname) ORDER BY t.oid), '[]')
          FROM pg_catalog.pg_type t JOIN user_namespaces ns ON ns.oid = t.typnamespace
         WHERE t.typtype = 'e') AS enums,
       (SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_object(
                 'schema', ns.nspname, 'name', t.typname,
                 'baseType', pg_catalog.format_type(t.typbasetype, t.typtypmod)) ORDER BY t.oid), '[]')
          FROM pg_catalog.pg_type t JOIN user_namespaces ns ON ns.oid = t.typnamespace
         WHERE t.typtype = 'd') AS domains`;

  const tables = `
WITH ${USER_TABLES},
table_columns AS (
  SELECT a.attrelid,
         pg_catalog.array_agg(a.attname::text ORDER BY a.attnum) AS names,
         pg_catalog.array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS types,
         pg_catalog.array_agg(CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
                                   THEN co.collname::text END ORDER BY a.attnum) AS collations,
         pg_catalog.array_agg(a.attnotnull ORDER BY a.attnum) AS not_null
    FROM pg_catalog.pg_attribute a
    JOIN user_tables t ON t.oid = a.attrelid
    JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
   WHERE a.attnum > 0 AND NOT a.attisdropped
   GROUP BY a.attrelid
)
SELECT t.oid::int8 AS oid, t.nspname AS schema, t.relname AS name, t.relkind AS kind,
       CASE WHEN t.relispartition THEN p.names[1] END AS partition_of,
       CASE WHEN t.relispartition OR p.names IS NULL THEN '{}' ELSE p.names END AS inherits,
       coalesce(tc.names, '{}') AS column_names, coalesce(tc.types, '{}') AS column_types,
       coalesce(tc.collations, '{}') AS column_collations, coalesce(tc.not_null, '{}') AS column_not_null
  FROM user_tables t
  LEFT JOIN parents p ON p.inhrelid = t.oid
  LEFT JOIN table_columns tc ON tc.attrelid = t.oid
 ORDER BY t.oid`;

  const indexes = `
WITH ${USER_TABLES},
user_indexes AS (
  SELECT i.indexrelid, i.indrelid, i.indkey, i.indclass, i.indcollation, i.indoption, i.indnkeyatts, i.indisunique, i.indisprimary,
         ${nullsNotDistinct} AS nulls_not_distinct, i.indisvalid, i.indisready, i.indisclustered, i.indisreplident,
         i.indexprs IS NOT NULL AS has_expressions, i.indpred IS NOT NULL AS has_predicate,
         t.nspname, t.relname AS tablename, t.relkind AS tablekind, ic.relname AS indexname, ic.relkind AS indexkind, ic.relam, ic.reloptions
    FROM pg_catalog.pg_index i
    JOIN user_tables t ON t.oid = i.indrelid
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
),
-- one row per index column (the multi-array unnest is syntax, not a function to qualify): indkey holds every column, indclass, indcollation and indoption the key columns only
index_columns AS (
  SELECT i.indexrelid, i.relam, k.ord, k.attnum, k.opc, k.coll, k.opt,
         a.attname, a.atttypid, a.attcollation, ty.typtype
    FROM user_indexes i
   CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[])
         WITH ORDINALITY AS k(attnum, opc, coll, opt, ord)
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0
    LEFT JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
),
-- What pg_get_indexdef leaves out, GetDefaultOpClass: the default operator class of the access method
-- for the column's type, exactly or else binary-coercibly (one preferred, or one at all).
key_types AS (
  SELECT DISTINCT relam, atttypid FROM index_columns WHERE opc IS NOT NULL AND attnum > 0 AND typtype <> 'd'
),
default_candidates AS (
  SELECT kt.relam, kt.atttypid, oc.oid AS opclass,
         oc.opcintype = kt.atttypid AS exact,
         (tt.typtype = 'p' AND tt.typname IN ('any', 'anyelement', 'anycompatible'))
           OR (tt.typtype = 'p' AND tt.typname IN ('anyarray', 'anycompatiblearray') AND ${isArray('st')})
           OR (tt.typtype = 'p' AND tt.typname IN ('anynonarray', 'anycompatiblenonarray') AND NOT ${isArray('st')})
           OR (tt.typtype = 'p' AND tt.typname = 'anyenum' AND st.typtype = 'e')
           OR (tt.typtype = 'p' AND tt.typname IN ('anyrange', 'anycompatiblerange') AND st.typtype = 'r')
           OR (tt.typtype = 'p' AND tt.typname IN ('anymultirange', 'anycompatiblemultirange') AND st.typtype = 'm')
           OR (tt.typtype = 'p' AND tt.typname = 'record' AND st.typtype = 'c')
           OR (tt.typtype = 'p' AND tt.typname = '_record' AND ${isArray('st')} AND et.typtype = 'c')
           OR EXISTS (SELECT 1 FROM pg_catalog.pg_cast ca
                       WHERE ca.castsource = kt.atttypid AND ca.casttarget = oc.opcintype
                         AND ca.castmethod = 'b' AND ca.castcontext = 'i') AS coercible,
         tt.typcategory = st.typcategory AND tt.typispreferred AS preferred
    FROM key_types kt
    JOIN pg_catalog.pg_type st ON st.oid = kt.atttypid
    LEFT JOIN pg_catalog.pg_type et ON et.oid = st.typelem
    JOIN pg_catalog.pg_opclass oc ON oc.opcmethod = kt.relam AND oc.opcdefault
    JOIN pg_catalog.pg_type tt ON tt.oid = oc.opcintype
),
default_opclasses AS (
  SELECT relam, atttypid,
         CASE WHEN count(*) FILTER (WHERE exact) = 1 THEN min(opclass) FILTER (WHERE exact)
              WHEN count(*) FILTER (WHERE exact) > 0 THEN NULL
              WHEN count(*) FILTER (WHERE coercible AND preferred) = 1 THEN min(opclass) FILTER (WHERE coercible AND preferred)
              WHEN count(*) FILTER (WHERE coercible AND preferred) = 0 AND count(*) FILTER (WHERE coercible) = 1 THEN min(opclass) FILTER (WHERE coercible)
         END AS opclass
    FROM default_candidates
   GROUP BY relam, atttypid
),
index_column_options AS (
  SELECT a.attrelid, a.attnum, ${columnOptions} AS has_options FROM pg_catalog.pg_attribute a WHERE ${columnOptions}
),
index_keys AS (
  SELECT c.indexrelid,
         pg_catalog.array_agg(oc.opcname::text ORDER BY c.ord) FILTER (WHERE oc.oid IS NOT NULL) AS opclasses,
         pg_catalog.array_agg(f.opfname::text ORDER BY c.ord) FILTER (WHERE f.oid IS NOT NULL) AS opfamilies,
         pg_catalog.array_agg(co.collname::text ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS collations,
         pg_catalog.array_agg(c.attname::text ORDER BY c.ord) AS attnames,
         -- as pg_get_indexdef prints them: the operator class unless it is the type's default, the collation unless it is the column's
         pg_catalog.array_agg(CASE WHEN c.opc IS DISTINCT FROM d.opclass THEN oc.opcname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS shown_opclasses,
         pg_catalog.array_agg(CASE WHEN c.opc IS DISTINCT FROM d.opclass AND ocn.nspname <> 'pg_catalog' THEN ocn.nspname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS opclass_schemas,
         pg_catalog.array_agg(CASE WHEN c.coll <> 0 AND c.coll <> c.attcollation THEN co.collname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS shown_collations,
         pg_catalog.array_agg(CASE WHEN c.coll <> 0 AND c.coll <> c.attcollation AND con.nspname <> 'pg_catalog' THEN con.nspname::text END ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS collation_schemas,
         pg_catalog.array_agg(c.opt ORDER BY c.ord) FILTER (WHERE c.opc IS NOT NULL) AS options,
         -- an expression key, a domain-typed key or one with operator class options: pg_get_indexdef describes the index
         bool_or(c.attnum = 0 OR c.typtype = 'd' OR ia.has_options IS NOT NULL) AS needs_definition
    FROM index_columns c
    LEFT JOIN default_opclasses d ON d.relam = c.relam AND d.atttypid = c.atttypid
    LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = c.opc
    LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
    LEFT JOIN pg_catalog.pg_opfamily f ON f.oid = oc.opcfamily
    LEFT JOIN pg_catalog.pg_collation co ON co.oid = c.coll
    LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
    LEFT JOIN index_column_options ia ON ia.attrelid = c.indexrelid AND ia.attnum = c.ord
   GROUP BY c.indexrelid
),
-- the constraint an index implements; DISTINCT ON keeps one row per index whatever the catalog holds
index_constraints AS (
  SELECT DISTINCT ON (con.conindid, con.conrelid) con.conindid, con.conrelid, con.conname, con.contype, con.condeferrable
    FROM pg_catalog.pg_constraint con
   WHERE con.contype IN ('p', 'u', 'x')
   ORDER BY con.conindid, con.conrelid, con.oid
)
SELECT i.indexrelid::int8 AS oid, i.nspname AS schema, i.indexname AS name,
       pg_catalog.quote_ident(i.nspname) || '.' || pg_catalog.quote_ident(i.tablename) AS "table",
       i.tablename AS table_name,
       CASE WHEN k.needs_definition THEN pg_catalog.pg_get_indexdef(i.indexrelid) END AS definition,
       i.indexkind = 'I' AS partitioned_index,
       am.amname AS method, i.indisunique AS "unique", i.indisprimary AS "primary",
       i.nulls_not_distinct,
       i.indisvalid AND i.indisready AS valid, i.indisclustered AS clustered, i.indisreplident AS replica_identity,
       i.indnkeyatts AS key_columns,
       coalesce(k.opclasses, '{}') AS opclasses, coalesce(k.opfamilies, '{}') AS opfamilies, coalesce(k.collations, '{}') AS collations,
       k.attnames, k.shown_opclasses, k.opclass_schemas, k.shown_collations, k.collation_schemas, k.options,
       CASE WHEN i.has_predicate THEN pg_catalog.pg_get_expr(x.indpred, i.indrelid) END AS predicate,
       CASE WHEN i.has_expressions THEN pg_catalog.pg_get_expr(x.indexprs, i.indrelid) END AS expressions,
       p.names[1] AS parent_index,
       -- storage parameters, as pg_get_indexdef prints them (flatten_reloptions)
       (SELECT pg_catalog.string_agg(o.option_name || '=' || CASE WHEN pg_catalog.quote_ident(o.option_value) = o.option_value THEN o.option_value
                                                                  ELSE pg_catalog.quote_literal(o.option_value) END, ', ')
          FROM pg_catalog.pg_options_to_table(i.reloptions) AS o) AS storage_parameters,
       con.conname AS constraint_name, con.contype AS constraint_type, con.condeferrable AS constraint_deferrable,
       -- $2: sizes now, or none (asked for later, for the indexes reported)
       CASE WHEN $2::bool THEN pg_catalog.pg_relation_size(i.indexrelid) END AS size_bytes,
       -- what pg_stat_user_indexes shows, without the view: it has no row for a partitioned table's index
       CASE WHEN i.tablekind <> 'p' THEN pg_catalog.pg_stat_get_numscans(i.indexrelid) END AS scans
  FROM user_indexes i
  -- the expression trees, only now: carried through the joins above they made every sort spill to disk
  JOIN pg_catalog.pg_index x ON x.indexrelid = i.indexrelid
  JOIN pg_catalog.pg_am am ON am.oid = i.relam
  LEFT JOIN index_keys k ON k.indexrelid = i.indexrelid
  LEFT JOIN parents p ON p.inhrelid = i.indexrelid
  LEFT JOIN index_constraints con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
 ORDER BY i.indexrelid`;

  const foreignKeys = `
WITH ${USER_TABLES}
SELECT con.oid::int8 AS oid, con.conname AS name, pg_catalog.quote_ident(t.nspname) || '.' || pg_catalog.quote_ident(t.relname) AS "table",
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       (SELECT coalesce(pg_catalog.array_agg(a.attname::text ORDER BY k.ord), '{}')
          FROM pg_catalog.unnest(con.conkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
       pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(r.relname) AS referenced_table,
       (SELECT coalesce(pg_catalog.array_agg(a.attname::text ORDER BY k.ord), '{}')
          FROM pg_catalog.unnest(con.confkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS referenced_columns,
       con.convalidated AS validated,
       -- on a partition's copy of its parent's foreign key, the parent's name
       pc.conname AS parent
  FROM pg_catalog.pg_constraint con
  JOIN user_tables t ON t.oid = con.conrelid
  JOIN pg_catalog.pg_class r ON r.oid = con.confrelid
  JOIN pg_catalog.pg_namespace rn ON rn.oid = r.relnamespace
  LEFT JOIN pg_catalog.pg_constraint pc ON pc.oid = con.conparentid
 WHERE con.contype = 'f'
 ORDER BY con.oid`;

  // Every other relation of the schemas read (sequences, views, extensions' tables and indexes...):
  // the names of indexes that fixes create must steer clear of them.
  const otherRelations = `
WITH ${USER_TABLES}
SELECT ns.nspname AS schema, c.relname AS name
  FROM pg_catalog.pg_class c
  JOIN user_namespaces ns ON ns.oid = c.relnamespace
 WHERE NOT EXISTS (SELECT 1 FROM user_tables t WHERE t.oid = c.oid)
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_index i JOIN user_tables t ON t.oid = i.indrelid WHERE i.indexrelid = c.oid)
 ORDER BY c.oid`;

  return { header, tables, indexes, otherRelations, foreignKeys };
}
