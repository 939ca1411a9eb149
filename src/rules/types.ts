import type { SchemaModel } from '../model/schema.js';
import type { ForeignKey, Index } from '../model/types.js';

export type Severity = 'error' | 'warning';

/** What a rule found, before it is placed on a line and given a severity: about an index, or about a foreign key. */
export type RuleHit = IndexHit | ForeignKeyHit;

interface HitText {
  /** Schema-qualified table. */
  table: string;
  message: string;
  fix: string;
}

export interface IndexHit extends HitText {
  subject: 'index';
  /** The redundant (or invalid) index. */
  index: Index;
  /** The indexes that make `index` redundant. */
  related: Index[];
}

export interface ForeignKeyHit extends HitText {
  subject: 'foreign-key';
  foreignKey: ForeignKey;
}

/**
 * One kind of finding: a rule over the schema model (`check`), or a finding
 * the engine itself reports while reading the files (`check` is null).
 */
export interface FindingKind<Id extends string = string> {
  id: Id;
  /** One sentence: what a finding of this kind says. */
  description: string;
  defaultSeverity: Severity;
  /** Can the configuration change its severity or turn it off? */
  configurable: boolean;
  check: ((model: SchemaModel) => RuleHit[]) | null;
}

/** A rule or finding kind with its id kept as a literal type, so that `RuleId` can be read off the registry. */
export function defineKind<const Id extends string>(kind: FindingKind<Id>): FindingKind<Id> {
  return kind;
}
