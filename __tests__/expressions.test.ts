/**
 * Index expressions the deparser cannot write (the SQL/JSON query functions
 * of PostgreSQL 17) still get a text, which is what they are compared by:
 * SQL that reads back as the same tree, or the tree itself. Never an error.
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { expressionText, jsonPathText, normalizeExpression } from '../src/model/expressions.js';
import { loadParser, parseMigrationSql, type AstNode } from '../src/sql/parseFile.js';

beforeAll(async () => {
  await loadParser();
});

function withoutLocations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLocations);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== 'location')
      .map(([k, v]) => [k, withoutLocations(v)]),
  );
}

/** The normalised tree of the first key of `CREATE INDEX ON t (<expression>)`. */
function keyTree(expression: string): AstNode {
  const { statements, syntaxErrors } = parseMigrationSql(`CREATE INDEX ON t ((${expression}));`);
  expect(syntaxErrors).toEqual([]);
  return normalizeExpression(withoutLocations(statements[0].node?.indexParams[0].IndexElem.expr)) as AstNode;
}

describe('SQL/JSON query functions', () => {
  const forms = [
    "JSON_QUERY(d, '$.a')",
    "JSON_QUERY(d, '$.a[*]' WITH CONDITIONAL WRAPPER OMIT QUOTES EMPTY ARRAY ON EMPTY ERROR ON ERROR)",
    "JSON_QUERY(d::jsonb, 'strict $.a' RETURNING text)",
    "JSON_VALUE(d, '$.a ? (@ > $x)' PASSING 3 AS x, 'y' AS \"Y\" RETURNING numeric(10, 2) DEFAULT 0 ON EMPTY NULL ON ERROR)",
    "JSON_EXISTS(d, '$.c' TRUE ON ERROR)",
    "coalesce(JSON_VALUE(d, '$.a'), JSON_VALUE(d, '$.b' RETURNING text)) || 'x'",
    "JSON_VALUE(JSON_QUERY(d, '$.a'), '$.b')",
  ];
  test.each(forms)('%s is written as SQL that reads back as the same tree', (form) => {
    const tree = keyTree(form);
    const text = expressionText(tree);
    expect(text).toMatch(/JSON_(QUERY|VALUE|EXISTS)\(d/);
    expect(keyTree(text)).toEqual(tree);
  });

  test('the defaults the catalog writes out are dropped, and the path is respelled', () => {
    expect(expressionText(keyTree('JSON_QUERY(d, \'lax $."a"\' RETURNING jsonb WITHOUT WRAPPER KEEP QUOTES NULL ON EMPTY NULL ON ERROR)'))).toBe("JSON_QUERY(d, '$.a')");
    expect(expressionText(keyTree('JSON_VALUE(d, \'$."b"\' RETURNING text NULL ON ERROR)'))).toBe("JSON_VALUE(d, '$.b')");
    expect(expressionText(keyTree('JSON_EXISTS(d, \'$."c"\' FALSE ON ERROR)'))).toBe("JSON_EXISTS(d, '$.c')");
    // Not defaults: kept.
    expect(expressionText(keyTree("JSON_VALUE(d, '$.b' RETURNING int ERROR ON ERROR)"))).toBe("JSON_VALUE(d, '$.b' RETURNING int4 ERROR ON ERROR)");
  });

  test('a JSON path in one spelling: quotes only where a name needs them, no white space outside strings, no default lax', () => {
    expect(jsonPathText('$."a"?(@ > $"x")')).toBe(jsonPathText('lax $.a ? (@ > $x)'));
    expect(jsonPathText('$."a b"')).toBe('$."a b"');
    expect(jsonPathText('$ ? (@ == "a b")')).toBe('$?(@=="a b")');
    expect(jsonPathText('$."a\\"b"')).toBe('$."a\\"b"');
    expect(jsonPathText('strict $.a')).not.toBe(jsonPathText('$.a'));
  });
});

describe('a tree nothing here can write', () => {
  const unknown = (path: string): AstNode => ({
    JsonFuncExpr: { op: 'JSON_TABLE_OP', context_item: { raw_expr: { ColumnRef: { fields: [{ String: { sval: 'd' } }] } } }, pathspec: { A_Const: { sval: { sval: path } } } },
  });

  test('is shown as the tree, not an error; equal trees give equal text, different trees different text', () => {
    const text = expressionText(unknown('$.a'));
    expect(text).toContain('JSON_TABLE_OP');
    expect(text).toContain('$.a');
    expect(expressionText(unknown('$.a'))).toBe(text);
    expect(expressionText(unknown('$.b'))).not.toBe(text);
  });

  test('within an expression the deparser writes, the whole expression is shown as the tree', () => {
    const sum = { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '+' } }], lexpr: unknown('$.a'), rexpr: { A_Const: { ival: { ival: 1 } } } } };
    expect(expressionText(sum)).toMatch(/^\{A_Expr: .*JSON_TABLE_OP/);
  });
});
