/**
 * The definitions pg_get_indexdef prints for a catalog's expression indexes
 * repeat, but for the index's and the table's names: `CREATE INDEX <name> ON
 * <table> USING btree (lower(email))` on table after table. Each form after
 * `USING` is parsed once; an index of that form is replayed from a copy of
 * that statement with its own names put in, as if its own definition had
 * been parsed (the replay reads the statement's tree; it never changes it).
 *
 * What the replay makes of such a statement depends on the table only
 * through the columns its keys name (their types and collations decide which
 * operator classes and collations are defaults) and whether the table is
 * partitioned: the index it builds for the first statement of a form on
 * columns of the same types is copied, with its own names, for the next.
 */
import { parseSync } from 'libpg-query';
import { QuoteUtils } from 'pgsql-deparser';
import type { NoteSink, Replayer } from '../model/replay/index.js';
import type { SchemaModel } from '../model/schema.js';
import { tableKey, type Index, type Origin } from '../model/types.js';
import type { AstNode } from '../sql/parseFile.js';
import { partsOf, qualifiesColumns } from './indexFromArrays.js';
import type { SnapshotIndex } from './snapshot.js';

export class IndexTemplates {
  /** The statement parsed for each form after `USING`; null when it does not parse alone. */
  private readonly forms = new Map<string, AstNode | null>();
  /** The index the replay built for a statement of a form, by the form and what it reads of the table; null where it is replayed each time. */
  private readonly built = new Map<string, Index | null>();

  /**
   * Replays `statement` (made by `statement()` for `i`) as the replay of
   * the index's own definition would, copying the index built for an earlier
   * statement of the same form on columns of the same types.
   */
  replay(i: SnapshotIndex, statement: AstNode, model: SchemaModel, replayer: Replayer, origin: Origin, note: NoteSink): void {
    const [schema, tableName] = partsOf(i.table);
    const table = model.tables.get(tableKey(schema, tableName));
    // A name taken, a table not read, or column references that name the table: the replay decides each time.
    // Names hold no NUL character: it separates the parts.
    let signature: string | null = null;
    if (table && !model.relationExists(schema, i.name) && !qualifiesColumns(statement.indexParams) && !qualifiesColumns(statement.whereClause)) {
      signature = `${i.definition.slice(i.definition.indexOf(' USING '))}\0${i.unique}\0${statement.relation?.inh}\0${table.partitioned}`;
      for (const p of (statement.indexParams ?? []) as AstNode[]) {
        const name = namedColumn(p.IndexElem);
        const column = name === null ? undefined : table.columns.find((c) => c.name === name);
        signature += column ? `\0+${column.name}\0${column.type}\0${JSON.stringify(column.collation)}` : '\0-';
      }
    }
    const earlier = signature === null ? null : this.built.get(signature);
    if (earlier) {
      // Every field named, in the order the replay makes an index's: a spread gave each copy a hidden class of its own.
      // What the copies share is never changed in place (a rename replaces an index's keys, lists and trees).
      model.addIndex({
        schema: table!.schema,
        name: i.name,
        table: tableKey(table!.schema, table!.name),
        method: earlier.method,
        keys: [...earlier.keys],
        include: [...earlier.include],
        columnNames: earlier.columnNames,
        predicate: earlier.predicate,
        unique: earlier.unique,
        nullsNotDistinct: earlier.nullsNotDistinct,
        constraint: earlier.constraint,
        valid: earlier.valid,
        replicaIdentity: earlier.replicaIdentity,
        clustered: earlier.clustered,
        parentIndex: earlier.parentIndex,
        origin,
        expressionTrees: earlier.expressionTrees,
        predicateTree: earlier.predicateTree,
        sizeBytes: undefined,
        scans: undefined,
      });
      return;
    }
    let noted = false;
    replayer.apply({ kind: 'IndexStmt', node: statement, text: i.definition, start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }, origin, (message, kind) => {
      noted = true;
      note(message, kind);
    });
    if (signature === null || this.built.has(signature)) return;
    const index = model.indexes.get(tableKey(schema, i.name));
    // Only an index the statement built as it is: nothing said about it, no constraint, no parent, no copies on partitions.
    const plain = index && !noted && index.constraint === null && index.parentIndex === null && !(table!.partitioned && statement.relation?.inh);
    if (!plain) return void this.built.set(signature, null);
    // As the statement built it, before the catalog's figures are set on it.
    this.built.set(signature, { ...index });
  }

  /** The CREATE INDEX statement of the index's definition, made from its form's; undefined when the definition is not of that shape. */
  statement(i: SnapshotIndex): AstNode | undefined {
    const start = `CREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${QuoteUtils.quoteIdentifier(i.name)} ON `;
    if (!i.definition.startsWith(start)) return undefined;
    let rest = i.definition.slice(start.length);
    const only = rest.startsWith('ONLY ');
    if (only) rest = rest.slice('ONLY '.length);
    if (!rest.startsWith(`${i.table} USING `)) return undefined;
    const form = rest.slice(i.table.length + ' USING '.length);
    let template = this.forms.get(form);
    if (template === undefined) {
      template = null;
      try {
        const statements = (parseSync(`CREATE INDEX i ON t USING ${form}`) as AstNode).stmts;
        if (statements?.length === 1 && statements[0].stmt?.IndexStmt?.relation?.relname === 't') template = statements[0].stmt.IndexStmt as AstNode;
      } catch {
        // Parsed whole: its note names the index.
      }
      this.forms.set(form, template);
    }
    if (!template) return undefined;
    const [schema, table] = partsOf(i.table);
    return { ...template, idxname: i.name, ...(i.unique ? { unique: true } : {}), relation: { ...template.relation, schemaname: schema, relname: table, inh: !only } };
  }
}

/** The column an index element names: a column key, or an expression that is one column (cast or given a collation). */
function namedColumn(elem: AstNode | undefined): string | null {
  if (elem?.name) return elem.name;
  let expr = elem?.expr;
  while (expr?.CollateClause || expr?.TypeCast) expr = expr.CollateClause?.arg ?? expr.TypeCast?.arg;
  const fields: AstNode[] | undefined = expr?.ColumnRef?.fields;
  return fields?.length === 1 && fields[0].String ? fields[0].String.sval : null;
}
