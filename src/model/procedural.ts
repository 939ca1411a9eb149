/**
 * What a DO block does to the schema. Migrations often guard DDL with an
 * existence test (`IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname =
 * 'x') THEN ALTER TABLE ... ADD CONSTRAINT x ...`). Such a guard asks about the
 * schema, which the model knows, so it is followed. Anything else that could
 * change indexes (DDL under other conditions, in loops or exception blocks,
 * dynamic EXECUTE) is reported as not followed, never guessed.
 */
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import type { AstNode } from '../sql/parseFile.js';
import type { SchemaModel } from './schema.js';
import { tableKey } from './types.js';

/** What to do with the block: statements to apply in order, and what could not be followed. */
export interface ProceduralPlan {
  statements: Array<{ kind: string; node: AstNode }>;
  unfollowed: string[];
}

const DDL = /^\s*(create|alter|drop|reindex|cluster)\b/i;

/**
 * PL/pgSQL that changes the schema names one of these words; code that names
 * none of them is not parsed at all (most bodies in a history are trigger
 * functions, and the PL/pgSQL parser is the slowest step of their replay).
 */
const SCHEMA_WORDS = /\b(create|alter|drop|reindex|cluster|execute)\b/i;

/** False when `body` cannot hold anything that changes indexes, so that it need not be parsed. */
export function mayChangeSchema(body: string): boolean {
  return SCHEMA_WORDS.test(body);
}

export function planDoBlock(source: string, model: SchemaModel): ProceduralPlan {
  const plan: ProceduralPlan = { statements: [], unfollowed: [] };
  let tree: AstNode;
  try {
    tree = parsePlPgSQLSync(source) as AstNode;
  } catch {
    plan.unfollowed.push('its body could not be read');
    return plan;
  }
  const action = tree.plpgsql_funcs?.[0]?.PLpgSQL_function?.action?.PLpgSQL_stmt_block;
  if (action) followBlock(action, model, plan);
  return plan;
}

/** Does a PL/pgSQL body contain anything that could change indexes? Words for a note, or null. */
export function proceduralSchemaEffect(source: string): string | null {
  try {
    return schemaEffectOf(parsePlPgSQLSync(source));
  } catch {
    return null;
  }
}

function followBlock(block: AstNode, model: SchemaModel, plan: ProceduralPlan): void {
  if (block.exceptions) {
    // Whether the body ran or was rolled back by the handler is not knowable here.
    const effect = schemaEffectOf(block.body);
    if (effect) plan.unfollowed.push(`${effect} inside a block with an EXCEPTION handler`);
    return;
  }
  followStatements(block.body ?? [], model, plan);
}

function followStatements(statements: AstNode[], model: SchemaModel, plan: ProceduralPlan): void {
  for (const stmt of statements) {
    const query = execSqlQuery(stmt);
    if (query !== null) {
      if (DDL.test(query)) {
        try {
          for (const raw of (parseSync(query) as AstNode).stmts ?? []) {
            const kind = Object.keys(raw.stmt)[0];
            plan.statements.push({ kind, node: raw.stmt[kind] });
          }
        } catch {
          plan.unfollowed.push(`${firstWords(query)} could not be read`);
        }
      }
      continue;
    }
    if (stmt.PLpgSQL_stmt_block) {
      followBlock(stmt.PLpgSQL_stmt_block, model, plan);
      continue;
    }
    if (stmt.PLpgSQL_stmt_if) {
      const branch = chooseBranch(stmt.PLpgSQL_stmt_if, model);
      if (branch) followStatements(branch, model, plan);
      else {
        const effect = schemaEffectOf(stmt);
        if (effect) plan.unfollowed.push(`${effect} under a condition that cannot be evaluated statically`);
      }
      continue;
    }
    if (stmt.PLpgSQL_stmt_dynexecute) {
      plan.unfollowed.push('runs dynamic SQL (EXECUTE)');
      continue;
    }
    const effect = schemaEffectOf(stmt);
    if (effect) plan.unfollowed.push(`${effect} ${LOOPS[Object.keys(stmt)[0]] ?? 'inside a statement that is not followed'}`);
  }
}

/** The PL/pgSQL statements whose body runs a number of times the replay cannot know, in the user's words. */
const LOOPS: Record<string, string> = {
  PLpgSQL_stmt_fors: "inside a FOR loop over a query's rows",
  PLpgSQL_stmt_fori: 'inside a FOR loop over a range of integers',
  PLpgSQL_stmt_forc: 'inside a FOR loop over a cursor',
  PLpgSQL_stmt_foreach_a: 'inside a FOREACH loop over an array',
  PLpgSQL_stmt_dynfors: 'inside a FOR loop over the rows of a dynamic query (EXECUTE)',
  PLpgSQL_stmt_while: 'inside a WHILE loop',
  PLpgSQL_stmt_loop: 'inside a LOOP',
  PLpgSQL_stmt_case: 'inside a CASE statement',
};

/** The branch an IF takes when every condition up to it is an existence test; null otherwise. */
function chooseBranch(ifStmt: AstNode, model: SchemaModel): AstNode[] | null {
  const arms: Array<{ cond: AstNode; body: AstNode[] }> = [
    { cond: ifStmt.cond, body: ifStmt.then_body ?? [] },
    ...(ifStmt.elsif_list ?? []).map((e: AstNode) => ({ cond: e.PLpgSQL_if_elsif.cond, body: e.PLpgSQL_if_elsif.stmts ?? [] })),
  ];
  for (const arm of arms) {
    const value = evaluateCondition(arm.cond?.PLpgSQL_expr?.query, model);
    if (value === null) return null;
    if (value) return arm.body;
  }
  return ifStmt.else_body ?? [];
}

/** Evaluates `[NOT] EXISTS (SELECT ... FROM <catalog> WHERE name = '...')`; null when it is anything else. */
export function evaluateCondition(query: string | undefined, model: SchemaModel): boolean | null {
  if (!query) return null;
  let expr: AstNode | undefined;
  try {
    expr = (parseSync(`SELECT ${query}`) as AstNode).stmts?.[0]?.stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
  } catch {
    return null;
  }
  return evaluateExpression(expr, model);
}

function evaluateExpression(expr: AstNode | undefined, model: SchemaModel): boolean | null {
  if (!expr) return null;
  if (expr.BoolExpr?.boolop === 'NOT_EXPR') {
    const inner = evaluateExpression(expr.BoolExpr.args?.[0], model);
    return inner === null ? null : !inner;
  }
  const sublink = expr.SubLink;
  if (sublink?.subLinkType !== 'EXISTS_SUBLINK') return null;
  const select = sublink.subselect?.SelectStmt;
  const from = select?.fromClause;
  if (!select || from?.length !== 1 || !from[0].RangeVar) return null;
  const catalog: string = from[0].RangeVar.relname;
  const equalities = stringEqualities(select.whereClause);
  if (!equalities) return null;
  const value = (...names: string[]) => names.map((n) => equalities.get(n)).find((v) => v !== undefined);
  switch (catalog) {
    case 'pg_constraint':
    case 'table_constraints': {
      const name = value('conname', 'constraint_name');
      return name === undefined ? null : [...model.schemas].some((s) => model.constraintNameTaken(s, name));
    }
    case 'pg_indexes':
    case 'pg_class': {
      const name = value('indexname', 'relname');
      return name === undefined ? null : [...model.schemas].some((s) => model.relationExists(s, name));
    }
    case 'columns': {
      const table = value('table_name');
      const column = value('column_name');
      if (table === undefined || column === undefined) return null;
      const schema = value('table_schema');
      const found = schema ? model.tables.get(tableKey(schema, table)) : model.findTable(undefined, table);
      // A table whose columns the model does not know cannot answer.
      if (found?.unknownColumns) return null;
      return found ? found.columns.some((c) => c.name === column) : false;
    }
    case 'tables': {
      const table = value('table_name');
      if (table === undefined) return null;
      const schema = value('table_schema');
      return Boolean(schema ? model.tables.get(tableKey(schema, table)) : model.findTable(undefined, table));
    }
    default:
      return null;
  }
}

/** `a = 'x' AND b = 'y'` as a map; null when the WHERE clause is anything else. */
function stringEqualities(where: AstNode | undefined): Map<string, string> | null {
  const out = new Map<string, string>();
  const visit = (node: AstNode | undefined): boolean => {
    if (!node) return false;
    if (node.BoolExpr?.boolop === 'AND_EXPR') return (node.BoolExpr.args ?? []).every(visit);
    const e = node.A_Expr;
    if (e?.kind !== 'AEXPR_OP' || e.name?.[0]?.String?.sval !== '=') return false;
    const fields: AstNode[] = e.lexpr?.ColumnRef?.fields ?? [];
    const column = fields[fields.length - 1]?.String?.sval;
    const literal = e.rexpr?.A_Const?.sval?.sval ?? e.rexpr?.TypeCast?.arg?.A_Const?.sval?.sval;
    if (typeof column !== 'string' || typeof literal !== 'string') return true; // other conditions only narrow the test
    out.set(column, literal);
    return true;
  };
  return visit(where) ? out : null;
}

function schemaEffectOf(node: unknown): string | null {
  const found = new Set<string>();
  walk(node, (n) => {
    if (n.PLpgSQL_stmt_dynexecute) found.add('runs dynamic SQL (EXECUTE)');
    const query = execSqlQuery(n);
    if (query && DDL.test(query)) found.add(`runs ${firstWords(query)}`);
  });
  return found.size ? [...found].join(', ') : null;
}

function execSqlQuery(node: AstNode): string | null {
  const query = node?.PLpgSQL_stmt_execsql?.sqlstmt?.PLpgSQL_expr?.query;
  return typeof query === 'string' ? query : null;
}

function firstWords(query: string): string {
  return query.trim().split(/\s+/).slice(0, 2).join(' ').toUpperCase();
}

function walk(node: unknown, visit: (n: AstNode) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as AstNode);
    Object.values(node as AstNode).forEach((v) => walk(v, visit));
  }
}
