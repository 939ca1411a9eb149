import type { SchemaModel } from '../model/schema.js';
import type { ForeignKey, Index } from '../model/types.js';

export type RuleId = 'duplicate-index' | 'duplicates-constraint' | 'leading-prefix' | 'unindexed-foreign-key' | 'invalid-index';
export type Severity = 'error' | 'warning';

/** What a rule found, before it is placed on a line and given a severity. */
export interface RuleHit {
  rule: RuleId;
  /** Schema-qualified table. */
  table: string;
  /** The redundant index, or null for a foreign key. */
  index: Index | null;
  /** The indexes that make `index` redundant. */
  related: Index[];
  foreignKey: ForeignKey | null;
  message: string;
  fix: string;
}

export interface Rule {
  id: RuleId;
  description: string;
  defaultSeverity: Severity;
  check(model: SchemaModel): RuleHit[];
}
