/**
 * What the connecting role may not see, asked apart from the catalog query so
 * that an audit never covers less than it says. A plain role reads every
 * table's and index's catalog rows, definitions, sizes and scan counts, even in
 * a schema where it has no USAGE privilege (PostgreSQL checks no privilege for
 * them): such schemas are still audited, and a note says so. What can hide
 * them is a revoked SELECT on a system catalog, which stops the run with a
 * message naming the catalogs, and a `--schema` that names no schema, which
 * becomes a note.
 */
import type pg from 'pg';
import { UsageError } from '../findings.js';

/** The system catalogs and views a query reads (`pg_catalog.pg_x` names that are relations, not functions). */
function catalogRelationsIn(query: string): string[] {
  return [...new Set([...query.matchAll(/pg_catalog\.(pg_\w+)/g)].map((m) => m[1]))];
}

/** Fails, naming them, when the role cannot read catalogs that `query` reads. */
export async function checkCatalogsReadable(client: pg.Client, query: string, target: string): Promise<void> {
  const denied = await client.query<{ relation: string; role: string }>(
    `SELECT 'pg_catalog.' || name AS relation, current_user AS role
       FROM pg_catalog.unnest($1::text[]) AS name
      WHERE pg_catalog.to_regclass('pg_catalog.' || name) IS NOT NULL
        AND NOT pg_catalog.has_table_privilege('pg_catalog.' || name, 'SELECT')
      ORDER BY name`,
    [catalogRelationsIn(query)],
  );
  if (denied.rows.length === 0) return;
  const relations = denied.rows.map((r) => r.relation).join(', ');
  throw new UsageError(
    `role ${denied.rows[0].role} cannot read ${relations} on ${target} (SELECT was revoked), which the audit needs; grant SELECT on ${denied.rows.length === 1 ? 'it' : 'them'} to the role, or connect as another role`,
  );
}

/** Notes on the schemas read: those without USAGE for the role, and `--schema` names the database lacks. */
export async function visibilityNotes(client: pg.Client, schemasRead: string[], schemasAsked: string[] | null): Promise<string[]> {
  const notes: string[] = [];
  for (const missing of (schemasAsked ?? []).filter((s) => !schemasRead.includes(s))) {
    notes.push(`schema ${missing} (--schema) is not in the database, or is a system schema: nothing is read from it`);
  }
  const noUsage = await client.query<{ nspname: string }>(
    `SELECT nspname
       FROM pg_catalog.unnest($1::text[]) AS nspname
      WHERE NOT pg_catalog.has_schema_privilege(nspname, 'USAGE')
      ORDER BY nspname`,
    [schemasRead],
  );
  if (noUsage.rows.length) {
    const names = noUsage.rows.map((r) => r.nspname).join(', ');
    // The role is not named: notes are kept in snapshots, which hold no user.
    notes.push(
      `the connecting role has no USAGE privilege on schema${noUsage.rows.length === 1 ? '' : 's'} ${names}: ${noUsage.rows.length === 1 ? 'its' : 'their'} tables and indexes are audited all the same, from the system catalogs, which every role can read`,
    );
  }
  return notes;
}
