/**
 * Findings as every reporter sees them: the stable contract of the JSON
 * output (documented in docs/output.md and docs/report.schema.json, pinned by tests).
 */
import type { RuleId } from './rules/index.js';

/** Every kind of finding, the engine's own included: the ids of the rule registry. */
export type FindingRule = RuleId;
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
  /** Size of the index on disk, from a live database or snapshot. */
  sizeBytes: number | null;
  /** Index scans since statistics were last reset, from a live database or snapshot. */
  scans: number | null;
  message: string;
  fix: string | null;
}

/** A finding with every optional field null: the one place the contract's fields are listed. */
export function blankFinding(rule: FindingRule, fields: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity: 'error',
    file: null,
    line: null,
    column: null,
    endLine: null,
    endColumn: null,
    table: null,
    index: null,
    relatedIndexes: null,
    constraint: null,
    foreignKey: null,
    columns: null,
    sizeBytes: null,
    scans: null,
    message: '',
    fix: null,
    ...fields,
  };
}

/** Something the tool could not follow or chose to skip; never a failure. */
export interface Note {
  /** A migration file, or where a snapshot came from. */
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
  /** Statements under review on a table that no file given creates: what was checked there is incomplete. */
  uncheckedStatements: number;
  /** Total size of the redundant and invalid indexes found, when sizes are known. */
  reclaimableBytes: number | null;
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
