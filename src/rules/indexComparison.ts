/**
 * Position-by-position comparison of two indexes (docs/semantics.md, from
 * "Duplicates" to "Which index is reported"), shared by the three redundancy
 * rules so they never disagree on what "the same key" means.
 */
import type { SchemaModel } from '../model/schema.js';
import type { Index, IndexKey } from '../model/types.js';

/** The three ways one index makes another redundant, each a rule of its own. */
export type RedundancyKind = 'duplicate-index' | 'duplicates-constraint' | 'leading-prefix';

export function sameKey(a: IndexKey, b: IndexKey): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'column' ? a.column !== (b as typeof a).column : a.expression !== (b as typeof a).expression) return false;
  // The normal form drops a cast to a text type: `(c::varchar)` and `(c::text)` are still two expressions to the planner.
  if (a.kind === 'expression' && a.cast?.type !== (b as typeof a).cast?.type) return false;
  return a.opclass === b.opclass && a.collation === b.collation;
}

/** Orderings of `r` equal `k`'s first ones, or (btree) all of them reversed. */
function orderingsMatch(r: Index, k: Index): boolean {
  const n = r.keys.length;
  let same = true;
  let flipped = r.method === 'btree';
  for (let i = 0; i < n; i++) {
    const a = r.keys[i];
    const b = k.keys[i];
    if (a.descending !== b.descending || a.nullsFirst !== b.nullsFirst) same = false;
    if (a.descending === b.descending || a.nullsFirst === b.nullsFirst) flipped = false;
  }
  return same || flipped;
}

function keyColumnsAndIncludes(index: Index): Set<string> {
  const out = new Set(index.include);
  for (const k of index.keys) if (k.kind === 'column') out.add(k.column);
  return out;
}

function sameSet(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/** Constraint deferrability of an index: only constraints can be deferrable. */
function deferrable(index: Index): boolean {
  return index.constraint?.deferrable ?? false;
}

/** A unique `k` is at least as strict as a unique `r` (docs/semantics.md, "Duplicating a constraint's index"). */
function atLeastAsStrict(k: Index, r: Index): boolean {
  const kNullsNotDistinct = k.nullsNotDistinct || k.constraint?.kind === 'primary';
  const rNullsNotDistinct = r.nullsNotDistinct || r.constraint?.kind === 'primary';
  return (kNullsNotDistinct || !rNullsNotDistinct) && (!deferrable(k) || deferrable(r));
}

/** Can `index` ever be reported as redundant (docs/semantics.md, "Scope")? */
export function reportable(index: Index): boolean {
  return index.valid && index.parentIndex === null && index.constraint?.kind !== 'primary' && index.constraint?.kind !== 'exclusion';
}

/**
 * How `k` makes `r` redundant, ignoring which of two mutually redundant
 * indexes is kept; null when it does not.
 */
export function coverage(r: Index, k: Index): RedundancyKind | null {
  if (r === k || !r.valid || !k.valid || r.table !== k.table || r.method !== k.method) return null;
  if (r.predicate !== k.predicate) return null;
  if (r.keys.length > k.keys.length) return null;
  for (let i = 0; i < r.keys.length; i++) if (!sameKey(r.keys[i], k.keys[i])) return null;
  if (!orderingsMatch(r, k)) return null;
  const sameKeyCount = r.keys.length === k.keys.length;
  if (r.method !== 'btree') {
    // Only btree has prefix semantics: anything else must be identical.
    if (!sameKeyCount || !sameSet(r.include, k.include) || r.unique !== k.unique) return null;
    return 'duplicate-index';
  }
  const covered = keyColumnsAndIncludes(k);
  if (!r.include.every((c) => covered.has(c))) return null;
  if (r.unique) {
    // A unique index is never made redundant by a wider one: it enforces a uniqueness the wider one does not.
    if (!k.unique || !sameKeyCount || !atLeastAsStrict(k, r)) return null;
    return r.constraint || k.constraint ? 'duplicates-constraint' : 'duplicate-index';
  }
  if (sameKeyCount && k.unique) return 'duplicates-constraint';
  if (sameKeyCount && !k.unique && sameSet(r.include, k.include)) return 'duplicate-index';
  return 'leading-prefix';
}

/** Facts about the model that decide which of two equivalent indexes is kept. */
export interface KeepFacts {
  /** Indexes a foreign key depends on (the referenced unique index). */
  referenced: Set<Index>;
}

export function keepFacts(model: SchemaModel): KeepFacts {
  const referenced = new Set<Index>();
  for (const fk of model.allForeignKeys()) {
    const wanted = [...fk.referencedColumns].sort().join('\u0000');
    // PostgreSQL picks the first (oldest) matching unique index.
    const candidates = model
      .indexesOn(fk.referencedTable)
      .filter((i) => i.unique && i.valid && i.predicate === null && i.keys.every((k) => k.kind === 'column'))
      .filter(
        (i) =>
          i.keys
            .map((k) => (k.kind === 'column' ? k.column : ''))
            .sort()
            .join('\u0000') === wanted,
      )
      .sort((a, b) => a.origin.sequence - b.origin.sequence);
    if (candidates[0]) referenced.add(candidates[0]);
  }
  return { referenced };
}

/**
 * Of two indexes that cover each other, is `a` the one to keep? The order of
 * docs/semantics.md, "Which index is reported": primary key,
 * constraint-backed, unique, referenced by a foreign key, replica identity,
 * clustered, older.
 */
export function keptOver(a: Index, b: Index, facts: KeepFacts): boolean {
  const ranks: Array<(i: Index) => boolean> = [
    // A partition's copy of its parent's index cannot be dropped on its own.
    (i) => i.parentIndex !== null,
    (i) => i.constraint?.kind === 'primary',
    (i) => i.constraint !== null,
    (i) => i.unique,
    (i) => facts.referenced.has(i),
    (i) => i.replicaIdentity,
    (i) => i.clustered,
  ];
  for (const rank of ranks) {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra;
  }
  if (a.origin.sequence !== b.origin.sequence) return a.origin.sequence < b.origin.sequence;
  return a.name < b.name;
}
