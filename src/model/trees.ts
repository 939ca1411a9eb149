/**
 * The expression and predicate trees an index keeps, in a compact form: the
 * normalised tree's JSON text. The model needs them only now and then (a
 * later column rename rewrites them, LIKE ... INCLUDING INDEXES copies them,
 * a rule reads a predicate's conditions); as objects they were most of what
 * an expression or partial index weighed, as text they are a fifth of it.
 * The text is the tree exactly: JSON is what the parser hands the trees over
 * in, and parsing the text back gives an equal tree. Being a string, a stored
 * tree is never changed in place, so a copy of an index (a partition's, a
 * transaction's snapshot) can share it.
 */
import type { AstNode } from '../sql/parseFile.js';
import { referencedColumns, renameColumnInTree } from './expressions.js';
import type { Index } from './types.js';

/** A normalised expression tree as the model keeps it (see above). */
export type StoredTree = string;

export function storeTree(node: AstNode): StoredTree {
  return JSON.stringify(node);
}

/** The tree again: a new object each time, which the caller may change. */
export function loadTree(stored: StoredTree): AstNode {
  return JSON.parse(stored) as AstNode;
}

/**
 * Whether the tree refers to `column`. A column's name is in the text as
 * JSON writes it, so a text without it refers to no such column, and only
 * the others are read back.
 */
export function treeRefersTo(stored: StoredTree, column: string): boolean {
  return stored.includes(JSON.stringify(column)) && referencedColumns(loadTree(stored)).has(column);
}

/** The tree with `from` renamed `to` wherever it is a column, and the tree read back to write its text. */
export function renameInTree(stored: StoredTree, from: string, to: string): AstNode {
  const tree = loadTree(stored);
  renameColumnInTree(tree, from, to);
  return tree;
}

/** An index's predicate as a tree, or null when it has none. */
export function predicateTreeOf(index: Index): AstNode | null {
  return index.predicateTree ? loadTree(index.predicateTree) : null;
}

/** The tree of an index's key `i` when the key is an expression, else null. */
export function expressionTreeOf(index: Index, i: number): AstNode | null {
  const stored = index.expressionTrees?.[i];
  return stored ? loadTree(stored) : null;
}
