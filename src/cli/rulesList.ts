/** `pg-index-lint rules`: the registry as a table, as JSON, or as the Markdown index of docs/rules/. */
import { ruleDocUrl } from '../report/ruleDocs.js';
import { RULES } from '../rules/index.js';
import type { RulesFormat } from './args.js';

export function formatRules(format: RulesFormat): string {
  if (format === 'json') {
    const list = RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, configurable: r.configurable, description: r.description, docs: ruleDocUrl(r.id) }));
    return JSON.stringify(list, null, 2) + '\n';
  }
  if (format === 'markdown') return rulesIndexMarkdown();
  const width = Math.max(...RULES.map((r) => r.id.length));
  const lines = RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(7)}  ${r.description}\n${' '.repeat(width + 11)}${ruleDocUrl(r.id)}`);
  return `${lines.join('\n')}\n\n\`pg-index-lint explain ID\` prints a page; "rules" in pg-index-lint.json changes a severity.\n`;
}

/** docs/rules/README.md: written by `pg-index-lint rules --format markdown`, and a test keeps it so. */
export function rulesIndexMarkdown(): string {
  const rows = RULES.map((r) => `| [${r.id}](${r.id}.md) | ${r.defaultSeverity} | ${r.configurable ? 'yes' : 'no'} | ${r.description.replace(/\|/g, '\\|')} |`);
  return [
    '# Finding kinds',
    '',
    'Every kind of finding pg-index-lint reports. This index is generated from the rule registry',
    '(`src/rules/index.ts`) by `pg-index-lint rules --format markdown`; `pg-index-lint explain ID` prints a page.',
    '',
    '| Id | Default severity | Configurable | What it reports |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
