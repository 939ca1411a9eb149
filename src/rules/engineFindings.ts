/**
 * Finding kinds the engine reports while it reads the files, not rules over
 * the finished model. They are registered beside the rules so that help,
 * `pg-index-lint rules`, SARIF and the configuration know them too.
 */
import { defineKind } from './types.js';

export const syntaxError = defineKind({
  id: 'syntax-error',
  description: "A statement PostgreSQL's parser rejects; it is not applied to the schema model.",
  defaultSeverity: 'error',
  configurable: false,
  check: null,
});

export const indexNameConflict = defineKind({
  id: 'index-name-conflict',
  description: 'A CREATE INDEX whose name is already taken in the database by an index with another definition.',
  defaultSeverity: 'error',
  configurable: false,
  check: null,
});

export const unusedSuppression = defineKind({
  id: 'unused-suppression',
  description: 'A pg-index-lint-ignore comment that matches no finding on the next statement.',
  defaultSeverity: 'warning',
  configurable: false,
  check: null,
});

export const unknownTable = defineKind({
  id: 'unknown-table',
  description: 'A statement on a table that no file given creates: its indexes and foreign keys cannot be checked against the rest of the table.',
  defaultSeverity: 'error',
  // A project whose tables come from elsewhere (an extension, another tool) may lower it.
  configurable: true,
  check: null,
});
