/**
 * Placing what a database holds on the line of a changed file that names it:
 * migrations written as code (Knex, Django, Alembic) name their indexes, or at
 * least their table and columns.
 */
import { describe, expect, test } from '@jest/globals';
import { blankFinding, type Finding } from '../src/findings.js';
import { placeFindingsInChangedFiles } from '../src/review/placeInChangedFiles.js';

const redundant = blankFinding('leading-prefix', { table: 'public.orders', index: 'orders_customer_idx', columns: ['customer_id'], message: 'redundant' });
const unindexed = blankFinding('unindexed-foreign-key', { severity: 'warning', table: 'public.order_items', foreignKey: 'order_items_order_id_foreign', columns: ['order_id'], message: 'no index' });

const KNEX = `exports.up = async function (knex) {
  await knex.schema.alterTable('orders', (table) => {
    table.index(['customer_id'], 'orders_customer_idx');
  });
  await knex.schema.createTable('order_items', (table) => {
    table.increments('id');
    table.integer('order_id').notNullable();
    table.foreign('order_id').references('orders.id');
  });
};
`;

const place = (f: Finding) => ({ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn });

describe('placeFindingsInChangedFiles', () => {
  test('on the line that names the index; a foreign key without its name in the file, by table and columns', () => {
    const [a, b] = placeFindingsInChangedFiles([redundant, unindexed], [{ file: 'migrations/20240101_notes.js', text: KNEX }]);
    expect(place(a)).toEqual({ file: 'migrations/20240101_notes.js', line: 3, column: 35, endLine: 3, endColumn: 54 });
    // The first line below `order_items` that names order_id.
    expect(place(b)).toEqual({ file: 'migrations/20240101_notes.js', line: 7, column: 20, endLine: 7, endColumn: 28 });
    expect(a.message).toBe('redundant');
  });

  test('a name is matched whole and in any case, not inside a longer name', () => {
    const text = 'op.create_index("orders_customer_idx_v2", "orders", ["region"])\nop.create_index(op.f("ORDERS_CUSTOMER_IDX"), "orders", ["customer_id"])\n';
    const [a] = placeFindingsInChangedFiles([redundant], [{ file: 'alembic/versions/abc.py', text }]);
    expect(place(a)).toEqual({ file: 'alembic/versions/abc.py', line: 2, column: 23, endLine: 2, endColumn: 42 });
  });

  test('columns far below any mention of the table, or an expression key, give no line', () => {
    const far = `orders\n${'\n'.repeat(30)}customer_id\n`;
    const expression = blankFinding('duplicate-index', { table: 'public.orders', index: 'unnamed_in_code', columns: ['lower(email)'] });
    const out = placeFindingsInChangedFiles(
      [{ ...redundant, index: 'not_named_here' }, expression],
      [
        { file: 'x.py', text: far },
        { file: 'y.py', text: 'orders lower(email)\n' },
      ],
    );
    expect(out.map((f) => f.file)).toEqual([null, null]);
  });

  test('findings already on a line stay where they are; files are searched in the order given', () => {
    const onLine = { ...redundant, file: 'db/1.sql', line: 4, column: 1, endLine: 4, endColumn: 9 };
    const out = placeFindingsInChangedFiles(
      [onLine, redundant],
      [
        { file: 'models.py', text: 'class Order:\n    indexes = [Index(fields=["customer_id"], name="orders_customer_idx")]\n' },
        { file: 'migrations/0002.py', text: 'AddIndex("order", Index(fields=["customer_id"], name="orders_customer_idx"))\n' },
      ],
    );
    expect(out[0]).toBe(onLine);
    expect(place(out[1])).toEqual({ file: 'models.py', line: 2, column: 52, endLine: 2, endColumn: 71 });
  });

  test('columns are counted in code points', () => {
    const [a] = placeFindingsInChangedFiles([redundant], [{ file: 'm.js', text: "// 🚀 idx: 'orders_customer_idx'\n" }]);
    expect(place(a)).toEqual({ file: 'm.js', line: 1, column: 12, endLine: 1, endColumn: 31 });
  });
});
