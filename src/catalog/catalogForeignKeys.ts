/**
 * Foreign keys as the catalog lists them: a partition's copies of its
 * parent's foreign key are made here, at every level, as PostgreSQL holds them;
 * what besides columns makes two foreign keys the same constraint is read
 * from the catalog's columns, or from the definition a snapshot keeps.
 */
import type { SchemaModel } from '../model/schema.js';
import { tableKey, type ForeignKey, type Table } from '../model/types.js';

export function partitionsByParent(model: SchemaModel): Map<string, Table[]> {
  const partitions = new Map<string, Table[]>();
  for (const t of model.tables.values()) {
    if (!t.partitionOf) continue;
    const list = partitions.get(t.partitionOf);
    if (list) list.push(t);
    else partitions.set(t.partitionOf, [t]);
  }
  return partitions;
}

/**
 * PostgreSQL gives every partition, at every level, its own copy of a
 * partitioned table's foreign key, each the child of the copy one level up;
 * the catalog read keeps only the one declared, so the copies are made here.
 */
export function copyToPartitions(model: SchemaModel, partitions: Map<string, Table[]>, table: Table, fk: ForeignKey): void {
  if (!table.partitioned) return;
  for (const child of partitions.get(tableKey(table.schema, table.name)) ?? []) {
    if (child.foreignKeys.some((f) => f.parentForeignKey === fk)) continue;
    const copy: ForeignKey = { ...fk, table: tableKey(child.schema, child.name), parentForeignKey: fk };
    model.addForeignKey(child, copy);
    copyToPartitions(model, partitions, child, copy);
  }
}

/** pg_get_constraintdef's words for a referential action, as the parser's one-letter codes. */
const ACTIONS: Record<string, string> = { RESTRICT: 'r', CASCADE: 'c', 'SET NULL': 'n', 'SET DEFAULT': 'd' };

/**
 * What decides, besides columns, whether two foreign keys are the same
 * constraint, as the replay records it for a written one (update and delete
 * actions, match type, deferrability), read from the definition
 * pg_get_constraintdef prints: after the referenced columns it prints
 * MATCH, ON UPDATE, ON DELETE, DEFERRABLE, INITIALLY DEFERRED, in that
 * order, each only when it is not the default. Undefined when the
 * definition is not of that form.
 */
export function foreignKeyBehaviour(definition: string): string | undefined {
  // Quoted names hold no words to be misread once emptied.
  const bare = definition.replace(/"(?:[^"]|"")*"/g, '""');
  const references = bare.indexOf(' REFERENCES ');
  const columnsEnd = references < 0 ? -1 : bare.indexOf(')', references);
  if (columnsEnd < 0) return undefined;
  const tail =
    /^(?: MATCH (FULL|PARTIAL))?(?: ON UPDATE (RESTRICT|CASCADE|SET NULL|SET DEFAULT))?(?: ON DELETE (RESTRICT|CASCADE|SET NULL|SET DEFAULT)(?: \([^)]*\))?)?( DEFERRABLE)?( INITIALLY DEFERRED)?(?: NOT VALID)?$/.exec(
      bare.slice(columnsEnd + 1),
    );
  if (!tail) return undefined;
  const [, match, update, del, deferrable, deferred] = tail;
  return [update ? ACTIONS[update] : 'a', del ? ACTIONS[del] : 'a', match === 'FULL' ? 'f' : match === 'PARTIAL' ? 'p' : 's', deferrable ? 'd' : '', deferred ? 'i' : ''].join('');
}
