/**
 * DROP DOMAIN and DROP TYPE of an enum: the columns of that type depend on
 * it, so PostgreSQL refuses the drop while there are any, and CASCADE drops
 * them, with their indexes; a partitioned table whose key reads such a
 * column goes whole. DROP TYPE of a composite type takes the tables made OF
 * it. A type the files do not create is not followed otherwise.
 */
import type { DropStmt } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { tableKey, type Table } from '../types.js';
import { lastName } from './ast.js';
import { dropColumn } from './alterTable.js';
import { rejected, type ReplayContext } from './context.js';
import { dropTable } from './indexes.js';

export function dropTypes(ctx: ReplayContext, node: DropStmt): void {
  const domain = node.removeType === 'OBJECT_DOMAIN';
  const written = ((node.objects ?? []) as AstNode[]).map((o) => lastName(o.TypeName?.names));
  // A typed table depends on its composite type (known here only by the tables made OF it).
  const typed = domain ? [] : [...ctx.model.tables.values()].filter((t) => t.ofType !== undefined && written.includes(t.ofType));
  if (typed.length && node.behavior !== 'DROP_CASCADE') return rejected(ctx, `DROP TYPE: table ${typed[0].name} is of type ${typed[0].ofType} (CASCADE would drop it)`);
  for (const table of typed) if (ctx.model.tables.get(tableKey(table.schema, table.name)) === table) dropTable(ctx, table);
  const names = written.filter((n) => (domain ? ctx.model.domains.has(n) : ctx.model.enums.has(n)));
  if (!names.length) return;
  const uses = (table: Table) => table.columns.filter((c) => names.some((n) => (domain ? c.domain === n : c.type === n || c.type === `${n}[]`)));
  const users = [...ctx.model.tables.values()].filter((t) => uses(t).length);
  if (users.length && node.behavior !== 'DROP_CASCADE') {
    return rejected(ctx, `DROP ${domain ? 'DOMAIN' : 'TYPE'}: column ${uses(users[0])[0].name} of ${users[0].name} is of type ${names.join(', ')} (CASCADE would drop it)`);
  }
  for (const name of names) {
    if (domain) ctx.model.domains.delete(name);
    else ctx.model.enums.delete(name);
  }
  // A partition key that reads a dropped column takes its table (and partitions) with it.
  for (const table of users) {
    const gone = uses(table).map((c) => c.name);
    if (table.partitioned && (table.partitionKeyReads ?? []).some((c) => gone.includes(c))) dropTable(ctx, table);
  }
  for (const table of users) {
    // Dropped with a partitioned table above.
    if (ctx.model.tables.get(tableKey(table.schema, table.name)) !== table) continue;
    for (const column of uses(table)) dropColumn(ctx, table, column.name, true);
  }
}
