/**
 * Findings as every reporter sees them: the stable contract of the JSON
 * output (documented in the README, pinned by a test).
 */
import type { RuleId } from './rules/index.js';

export type FindingRule = RuleId | 'syntax-error' | 'unused-suppression';
export type FindingSeverity = 'error' | 'warning';

export interface Finding {
  rule: FindingRule;
  severity: FindingSeverity;
  file: string | null;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  /** Schema-qualified table. */
  table: string | null;
  /** The index the finding is about. */
  index: string | null;
  /** The indexes that make `index` redundant. */
  relatedIndexes: string[] | null;
  /** The constraint behind `index`, when there is one. */
  constraint: string | null;
  foreignKey: string | null;
  /** The foreign key's columns, or the redundant index's keys. */
  columns: string[] | null;
  message: string;
  fix: string | null;
}

/** Something the tool could not follow or chose to skip; never a failure. */
export interface Note {
  file: string;
  line: number;
  message: string;
}

export interface Summary {
  files: number;
  statements: number;
  findings: number;
  errors: number;
  warnings: number;
  notes: number;
}

export interface Report {
  findings: Finding[];
  notes: Note[];
  summary: Summary;
}

/** A failure that stops the tool from doing its job (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
