/**
 * The catalog queries behind a snapshot, run in one read-only transaction
 * (catalogRead.ts): a header (server, schemas, types, and the lists of
 * operator classes and collations), then tables, the types of their columns
 * and their default operator classes, indexes, the schemas' other relations
 * and foreign keys, each read through a cursor, so rows arrive in batches
 * and no document of the whole catalog is ever built, on the server or here.
 * Names are read with an empty search_path, so every definition PostgreSQL
 * prints is schema-qualified. Oids come as the driver reads the oid type:
 * numbers.
 *
 * An index row carries the catalog's own arrays (indkey, indclass,
 * indcollation, indoption); the client names each key's column, operator
 * class and collation from the tables read and the short lists, and leaves
 * out what pg_get_indexdef leaves out (catalogRows.ts). The server's deparser
 * runs only for expression keys and predicates. Aggregating the keys per
 * index on the server, over a hash of all of pg_attribute, with sorts that
 * spilled to disk, was most of the index query's time.
 */

export interface CatalogQueries {
  header: string;
  tables: string;
  types: string;
  defaultOpclasses: string;
  indexes: string;
  definitions: string;
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
export function catalogQueries(serverVersionNum: number, options: { full: boolean } = { full: true }): CatalogQueries {
  const nullsNotDistinct = serverVersionNum >= 150000 ? 'i.indnullsnotdistinct' : 'false';
  // type_is_array(): an array type is one subscripted as an array (PostgreSQL 14 made the handler explicit).
  const isArray = (t: string) => (serverVersionNum >= 140000 ? `${t}.typsubscript = 'pg_catalog.array_subscript_handler'::pg_catalog.regproc` : `(${t}.typelem <> 0 AND ${t}.typlen = -1)`);
  // Per-column operator class options (PostgreSQL 13) are printed only by pg_get_indexdef: a snapshot's
  // definition must show them. The model keeps no options, so the live audit does not look for them.
  const columnOptions = serverVersionNum >= 130000 && options.full ? 'EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = i.indexrelid AND a.attoptions IS NOT NULL)' : 'false';

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
         WHERE t.typtype = 'd') AS domains,
       -- every operator class and collation, by oid, named as pg_get_indexdef names them (the schema only when not pg_catalog):
       -- a few hundred rows, looked up here rather than joined to every key of every index
       (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(oc.oid, oc.opcname, CASE WHEN n.nspname <> 'pg_catalog' THEN n.nspname END, f.opfname))
          FROM pg_catalog.pg_opclass oc
          LEFT JOIN pg_catalog.pg_namespace n ON n.oid = oc.opcnamespace
          LEFT JOIN pg_catalog.pg_opfamily f ON f.oid = oc.opcfamily) AS opclasses,
       (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(co.oid, co.collname, CASE WHEN n.nspname <> 'pg_catalog' THEN n.nspname END))
          FROM pg_catalog.pg_collation co
          LEFT JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace) AS collations,
       (SELECT pg_catalog.json_agg(pg_catalog.json_build_array(am.oid, am.amname)) FROM pg_catalog.pg_am am) AS methods`;

  // Each table's columns come from the index on pg_attribute, in attnum order, aggregated without a sort (the
  // client puts them in attnum order if they are not), as JSON: [name, type as format_type prints it, attnum,
  // type oid, collation oid, NOT NULL] each. JSON is read natively; a text array is read character by character.
  const tables = `
WITH ${USER_TABLES}
SELECT t.oid, t.nspname AS schema, t.relname AS name, t.relkind AS kind,
       pg_catalog.quote_ident(t.nspname) || '.' || pg_catalog.quote_ident(t.relname) AS qualified,
       CASE WHEN t.relispartition THEN p.names[1] END AS partition_of,
       CASE WHEN t.relispartition OR p.names IS NULL THEN '{}' ELSE p.names END AS inherits,
       coalesce(c.columns, '[]') AS columns
  FROM user_tables t
  LEFT JOIN parents p ON p.inhrelid = t.oid
  CROSS JOIN LATERAL (
    SELECT pg_catalog.json_agg(pg_catalog.json_build_array(a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnum,
                                                           a.atttypid::int8, a.attcollation::int8, a.attnotnull)) AS columns
      FROM (SELECT a.attname, a.atttypid, a.atttypmod, a.attnum, a.attcollation, a.attnotnull
              FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) a
  ) c
 ORDER BY t.oid`;

  // The types of the columns read ($1): which are domains, and the collation each gives a column by default.
  const types = `
SELECT t.oid, t.typtype = 'd' AS domain, t.typcollation AS collation
  FROM pg_catalog.pg_type t
 WHERE t.oid = ANY ($1::oid[])`;

  // What pg_get_indexdef leaves out, GetDefaultOpClass: the default operator class of each index access method
  // for each type of $1 (no domain), exactly or else binary-coercibly (one preferred, or one at all).
  const defaultOpclasses = `
WITH key_types AS (
  SELECT am.oid AS relam, k.atttypid
    FROM pg_catalog.unnest($1::oid[]) AS k(atttypid)
   CROSS JOIN pg_catalog.pg_am am
   WHERE am.amtype = 'i'
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
)
SELECT relam AS am, atttypid AS type,
       (CASE WHEN count(*) FILTER (WHERE exact) = 1 THEN min(opclass) FILTER (WHERE exact)
             WHEN count(*) FILTER (WHERE exact) > 0 THEN NULL
             WHEN count(*) FILTER (WHERE coercible AND preferred) = 1 THEN min(opclass) FILTER (WHERE coercible AND preferred)
             WHEN count(*) FILTER (WHERE coercible AND preferred) = 0 AND count(*) FILTER (WHERE coercible) = 1 THEN min(opclass) FILTER (WHERE coercible)
        END) AS opclass
  FROM default_candidates
 GROUP BY relam, atttypid`;

  // One row per index, with the catalog's own arrays: the names of key columns, operator classes and
  // collations are found by the client in the tables read and in the header's lists. pg_get_indexdef runs
  // only for expression keys (and, for a snapshot, operator class options), pg_get_expr for predicates.
  // Rows come in oid order (creation order). Few fields, each read as text first: the flags as one number
  // (bits: see catalogRows.ts), and indnkeyatts, indkey, indclass, indcollation and indoption as one text
  // (`2:1 2:3126 3126:0 0:0 0`, vectors as the server prints them).
  const indexes = `
WITH ${USER_TABLES},
-- the constraint an index implements; DISTINCT ON keeps one row per index whatever the catalog holds
index_constraints AS (
  SELECT DISTINCT ON (con.conindid, con.conrelid) con.conindid, con.conrelid, con.conname, con.contype, con.condeferrable
    FROM pg_catalog.pg_constraint con
   WHERE con.contype IN ('p', 'u', 'x')
   ORDER BY con.conindid, con.conrelid, con.oid
)
SELECT i.indexrelid AS oid, i.indrelid AS table_oid, ic.relname AS name, ic.relam AS am,
       -- (| and << bind alike in SQL: every shift in parentheses)
       i.indisunique::int | (i.indisprimary::int << 1) | ((${nullsNotDistinct})::int << 2) | ((i.indisvalid AND i.indisready)::int << 3)
         | (i.indisclustered::int << 4) | (i.indisreplident::int << 5) | ((ic.relkind = 'I')::int << 6) | (coalesce(con.condeferrable, false)::int << 7) AS flags,
       i.indnkeyatts || ':' || i.indkey::text || ':' || i.indclass::text || ':' || i.indcollation::text || ':' || i.indoption::text AS vectors,
       CASE WHEN i.indexprs IS NOT NULL OR ${columnOptions} THEN pg_catalog.pg_get_indexdef(i.indexrelid) END AS definition,
       CASE WHEN i.indpred IS NOT NULL THEN pg_catalog.pg_get_expr(i.indpred, i.indrelid) END AS predicate,
       ${options.full ? 'CASE WHEN i.indexprs IS NOT NULL THEN pg_catalog.pg_get_expr(i.indexprs, i.indrelid) END' : 'NULL::text'} AS expressions,
       p.names[1] AS parent_index,
       -- storage parameters, as pg_get_indexdef prints them (flatten_reloptions)
       CASE WHEN ic.reloptions IS NOT NULL THEN
         (SELECT pg_catalog.string_agg(o.option_name || '=' || CASE WHEN pg_catalog.quote_ident(o.option_value) = o.option_value THEN o.option_value
                                                                    ELSE pg_catalog.quote_literal(o.option_value) END, ', ')
            FROM pg_catalog.pg_options_to_table(ic.reloptions) AS o) END AS storage_parameters,
       con.conname AS constraint_name, con.contype AS constraint_type,
       -- $2: sizes now, or none (asked for later, for the indexes reported)
       CASE WHEN $2::bool THEN pg_catalog.pg_relation_size(i.indexrelid) END AS size_bytes,
       -- what pg_stat_user_indexes shows, without the view: it has no row for a partitioned table's index
       CASE WHEN t.relkind <> 'p' THEN pg_catalog.pg_stat_get_numscans(i.indexrelid) END AS scans
  FROM user_tables t
  JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
  LEFT JOIN parents p ON p.inhrelid = i.indexrelid
  LEFT JOIN index_constraints con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid
 ORDER BY i.indexrelid`;

  // pg_get_indexdef of the indexes ($1) that the arrays cannot describe but the index query did not print (a domain-typed key).
  const definitions = `
SELECT k.oid, pg_catalog.pg_get_indexdef(k.oid) AS definition
  FROM pg_catalog.unnest($1::oid[]) AS k(oid)`;

  // A snapshot keeps each foreign key's definition as pg_get_constraintdef prints it; the live audit reads the
  // same actions, match type and deferrability from the columns they are printed from.
  const foreignKeys = `
WITH ${USER_TABLES}
SELECT con.oid, con.conname AS name, pg_catalog.quote_ident(t.nspname) || '.' || pg_catalog.quote_ident(t.relname) AS "table",
       ${options.full ? 'pg_catalog.pg_get_constraintdef(con.oid)' : 'NULL::text'} AS definition,
       con.confupdtype AS update_action, con.confdeltype AS delete_action, con.confmatchtype AS match_type,
       con.condeferrable AS deferrable, con.condeferred AS deferred,
       (SELECT coalesce(pg_catalog.json_agg(a.attname ORDER BY k.ord), '[]')
          FROM pg_catalog.unnest(con.conkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
       pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(r.relname) AS referenced_table,
       (SELECT coalesce(pg_catalog.json_agg(a.attname ORDER BY k.ord), '[]')
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

  return { header, tables, types, defaultOpclasses, indexes, definitions, otherRelations, foreignKeys };
}
