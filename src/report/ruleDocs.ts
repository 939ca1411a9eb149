/**
 * Where each finding kind is documented: docs/rules/<id>.md of the major
 * version's tag, so that a link printed by 1.x keeps pointing at the page
 * for 1.x (docs/versioning.md: the major tag moves with every 1.x release).
 */
export const RULE_DOCS_BASE = 'https://github.com/pg-index-lint/pg-index-lint/blob/v1/docs/rules/';

export function ruleDocUrl(rule: string): string {
  return `${RULE_DOCS_BASE}${rule}.md`;
}
