/**
 * What a new table's columns take from the tables it inherits from and the
 * tables it copies (LIKE), checked as PostgreSQL merges them
 * (MergeAttributes): a compression method, a generation expression, and
 * the CHECK constraints declared NO INHERIT that LIKE copies. Where the
 * majors the tool supports (13 to 18) disagree, the replay accepts what any
 * of them accepts: PostgreSQL 15 and older refuse a child's own generation
 * expression for a column its parent generates, 16 and later refuse one for
 * a column its parent does not generate, so both are let through.
 */
import type { ColumnDef, CreateStmt } from '@pgsql/types';
import type { AstNode } from '../../sql/parseFile.js';
import { expressionText, normalizeExpression, referencedColumns } from '../expressions.js';
import type { Column, Table } from '../types.js';
import { isSerial } from './ast.js';
import type { Relation, ReplayContext } from './context.js';

/** LIKE's INCLUDING options (CREATE_TABLE_LIKE_*). */
export const LIKE_COMPRESSION = 1 << 1;
export const LIKE_CONSTRAINTS = 1 << 2;
const LIKE_GENERATED = 1 << 4;

/** What a column definition says of the column's compression and generation, as the model keeps them. */
export function columnTraits(def: ColumnDef): Pick<Column, 'compression' | 'generated'> {
  const traits: Pick<Column, 'compression' | 'generated'> = {};
  // COMPRESSION default is the server's default: the catalog names no method.
  if (def.compression && def.compression !== 'default') traits.compression = def.compression;
  const generation = generationOf(def);
  if (generation) traits.generated = generation;
  return traits;
}

/** A column of `source` as LIKE copies it: its compression and generation only when the options include them. */
export function likeColumn(column: Column, options: number): Column {
  const copy: Column = { ...column };
  if (!(options & LIKE_COMPRESSION)) delete copy.compression;
  if (!(options & LIKE_GENERATED)) delete copy.generated;
  return copy;
}

function generationOf(def: ColumnDef): Column['generated'] | null {
  const con = (def.constraints ?? []).map((c: AstNode) => c.Constraint).find((c) => c?.contype === 'CONSTR_GENERATED');
  return con ? { kind: con.generated_kind ?? 's', expression: generationText(con.raw_expr), columns: [...referencedColumns(con.raw_expr)] } : null;
}

/**
 * A generation expression in the form two parents' expressions are compared
 * in. PostgreSQL compares the expressions it made of them, in which a cast
 * to the type an expression already has and a column's qualifier are gone:
 * both are left out here too, so that expressions PostgreSQL finds equal
 * never differ (two that differ only by a cast are taken as equal).
 */
export function generationText(node: unknown): string {
  return expressionText(normalizeExpression(withoutCastsOrQualifiers(node)) as AstNode);
}

function withoutCastsOrQualifiers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutCastsOrQualifiers);
  if (node === null || typeof node !== 'object') return node;
  const record = node as AstNode;
  if (record.TypeCast) return withoutCastsOrQualifiers(record.TypeCast.arg);
  if (record.ColumnRef) return { ColumnRef: { ...record.ColumnRef, fields: (record.ColumnRef.fields ?? []).slice(-1) } };
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, withoutCastsOrQualifiers(value)]));
}

/** A column as the merge sees it: its compression and generation, and whether two parents' expressions conflict. */
interface Merged {
  compression: string | null;
  generated: Column['generated'] | null;
  conflicting: boolean;
}

/**
 * Why PostgreSQL refuses to merge the columns of CREATE TABLE ... INHERITS
 * (`parents`, the tables the model holds), or null. Two parents' columns of
 * one name must agree on their compression method (when both name one) and
 * on being generated, and two generation expressions must be equal unless
 * the statement gives the column its own; a column definition of the
 * statement, or a column LIKE copies, may name no other compression method
 * than the parents', and no DEFAULT or identity for a generated column.
 */
export function inheritanceRefusal(ctx: ReplayContext, node: CreateStmt, parents: Table[]): string | null {
  const merged = new Map<string, Merged>();
  for (const parent of parents) {
    for (const column of parent.columns) {
      const seen = merged.get(column.name);
      if (!seen) {
        merged.set(column.name, { compression: column.compression ?? null, generated: column.generated ?? null, conflicting: false });
        continue;
      }
      if (column.compression) {
        if (seen.compression && seen.compression !== column.compression) return `column "${column.name}" has a compression method conflict (${seen.compression} versus ${column.compression})`;
        seen.compression ??= column.compression;
      }
      if ((seen.generated?.kind ?? null) !== (column.generated?.kind ?? null)) return `inherited column "${column.name}" has a generation conflict`;
      const [a, b] = [seen.generated?.expression, column.generated?.expression];
      if (a && b && a !== b) seen.conflicting = true;
    }
  }
  for (const element of (node.tableElts ?? []) as AstNode[]) {
    for (const { def, like } of ownDefinitions(ctx, element)) {
      const inherited = merged.get(String(def.colname));
      if (!inherited) continue;
      const compression = like ? like.compression : def.compression;
      if (compression) {
        if (inherited.compression && inherited.compression !== compression) return `column "${def.colname}" has a compression method conflict (${inherited.compression} versus ${compression})`;
        inherited.compression ??= compression;
      }
      // What LIKE copies of a default or a generation PostgreSQL adds after the merge, and each major does differently: it is not checked.
      if (like) continue;
      const constraints = ((def.constraints ?? []) as AstNode[]).map((c) => c.Constraint).filter(Boolean);
      const generation = generationOf(def);
      if (inherited.generated) {
        if (constraints.some((c) => c.contype === 'CONSTR_DEFAULT') || (def.typeName && isSerial(def.typeName))) return `column "${def.colname}" inherits from generated column but specifies default`;
        if (constraints.some((c) => c.contype === 'CONSTR_IDENTITY')) return `column "${def.colname}" inherits from generated column but specifies identity`;
        if (generation && generation.kind !== inherited.generated.kind) return `column "${def.colname}" inherits from generated column of different kind`;
      }
      // The column's own expression settles two parents' conflicting ones (PostgreSQL 16 and later).
      if (generation) inherited.conflicting = false;
    }
  }
  for (const [name, column] of merged) if (column.conflicting) return `column "${name}" inherits conflicting generation expressions`;
  return null;
}

/** The column definitions an element of CREATE TABLE gives: its own, or those a LIKE copies (with the column it copies). */
function ownDefinitions(ctx: ReplayContext, element: AstNode): Array<{ def: ColumnDef; like: Column | null }> {
  if (element.ColumnDef) return [{ def: element.ColumnDef, like: null }];
  const like = element.TableLikeClause;
  const source: Table | undefined = like ? ctx.model.findTable((like.relation as Relation).schemaname, (like.relation as Relation).relname) : undefined;
  if (!source) return [];
  return source.columns.map((column) => ({ def: { colname: column.name }, like: likeColumn(column, like.options ?? 0) }));
}

/** Why PostgreSQL refuses CREATE TABLE ... PARTITION BY that copies a CHECK ... NO INHERIT with LIKE ... INCLUDING CONSTRAINTS, or null. */
export function likeNoInheritRefusal(ctx: ReplayContext, node: CreateStmt): string | null {
  if (!node.partspec) return null;
  for (const element of (node.tableElts ?? []) as AstNode[]) {
    const like = element.TableLikeClause;
    if (!like || !((like.options ?? 0) & LIKE_CONSTRAINTS)) continue;
    const source = ctx.model.findTable((like.relation as Relation).schemaname, (like.relation as Relation).relname);
    if (source?.noInheritChecks.length)
      return `cannot add NO INHERIT constraint to partitioned table "${(node.relation as Relation).relname}" (${source.noInheritChecks[0].name}, copied from ${source.name})`;
  }
  return null;
}

/**
 * DROP COLUMN: the NO INHERIT checks that read the column go with it. Returns
 * the generated columns that read it, which CASCADE drops too; without
 * CASCADE PostgreSQL refuses the drop, and they are kept as plain columns.
 */
export function columnDropped(table: Table, column: string, cascade: boolean): string[] {
  table.noInheritChecks = table.noInheritChecks.filter((c) => !c.columns.includes(column));
  const readers = table.columns.filter((c) => c.generated?.columns.includes(column));
  if (cascade) return readers.map((c) => c.name);
  for (const c of readers) delete c.generated;
  return [];
}

/** RENAME COLUMN: the NO INHERIT checks and generated columns that read the column; an expression that read it is no longer known as text. */
export function columnRenamed(table: Table, from: string, to: string): void {
  const renamed = (columns: string[]) => columns.map((c) => (c === from ? to : c));
  table.noInheritChecks = table.noInheritChecks.map((c) => (c.columns.includes(from) ? { ...c, columns: renamed(c.columns) } : c));
  for (const c of table.columns) if (c.generated?.columns.includes(from)) c.generated = { ...c.generated, expression: null, columns: renamed(c.generated.columns) };
}

/** DROP CONSTRAINT and RENAME CONSTRAINT (`to` null for a drop) of a NO INHERIT check. */
export function checkConstraintChanged(table: Table, name: string, to: string | null): void {
  if (!table.noInheritChecks.some((c) => c.name === name)) return;
  table.noInheritChecks = table.noInheritChecks.flatMap((c) => (c.name !== name ? [c] : to === null ? [] : [{ ...c, name: to }]));
}

/**
 * ALTER COLUMN ... SET COMPRESSION, DROP EXPRESSION and SET EXPRESSION of
 * `tables`: the table and, without ONLY, its descendants. PostgreSQL
 * changes a compression method on the table alone, and a generation on
 * every descendant too.
 */
export function alterColumnTraits(tables: Table[], cmd: AstNode): void {
  for (const table of cmd.subtype === 'AT_SetCompression' ? tables.slice(0, 1) : tables) {
    const column = table.columns.find((c) => c.name === cmd.name);
    if (!column) continue;
    if (cmd.subtype === 'AT_SetCompression') {
      const method = cmd.def?.String?.sval;
      if (method && method !== 'default') column.compression = method;
      else delete column.compression;
    } else if (cmd.subtype === 'AT_DropExpression') delete column.generated;
    else if (cmd.subtype === 'AT_SetExpression' && column.generated) column.generated = { ...column.generated, expression: generationText(cmd.def), columns: [...referencedColumns(cmd.def)] };
  }
}
