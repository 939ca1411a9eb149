/**
 * SARIF 2.1.0 output, for GitHub code scanning (upload-sarif) and any other
 * SARIF viewer. Knows nothing of the rules' logic: it formats a Report.
 */
import { createHash } from 'node:crypto';
import type { Location, Log, Region, Result } from 'sarif';
import type { Finding, Report } from '../findings.js';
import { RULES } from '../rules/index.js';
import { ruleDocUrl } from './ruleDocs.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_INFORMATION_URI = 'https://github.com/pg-index-lint/pg-index-lint';
/** The key of this tool's fingerprint in `partialFingerprints`. */
export const SARIF_FINGERPRINT_KEY = 'pgIndexLint/v1';

/** duplicate-index -> DuplicateIndex: SARIF's `name` is an identifier, not the id. */
function ruleName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function formatSarif(report: Report, options: { toolVersion: string }): string {
  const ruleIndex = new Map<string, number>(RULES.map((d, i) => [d.id, i]));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pg-index-lint',
            version: options.toolVersion,
            informationUri: SARIF_INFORMATION_URI,
            rules: RULES.map((d) => ({
              id: d.id,
              name: ruleName(d.id),
              shortDescription: { text: d.description },
              helpUri: ruleDocUrl(d.id),
              defaultConfiguration: { level: d.defaultSeverity },
            })),
          },
        },
        // Columns count code points (src/sql/sourceText.ts), not UTF-16 units.
        columnKind: 'unicodeCodePoints',
        results: report.findings.map((f) => result(f, ruleIndex.get(f.rule))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(f: Finding, index: number | undefined): Result {
  const out: Result = {
    ruleId: f.rule,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: f.severity,
    message: { text: f.fix ? `${f.message} Fix: ${f.fix}` : f.message },
  };
  const location = locationOf(f);
  if (location) out.locations = [location];
  out.partialFingerprints = { [SARIF_FINGERPRINT_KEY]: fingerprint(f) };
  return out;
}

function locationOf(f: Finding): Location | null {
  if (f.file !== null) {
    return { physicalLocation: { artifactLocation: artifactLocation(f.file), region: region(f) } };
  }
  const object = f.index ?? f.foreignKey;
  const name = [f.table, object].filter((part): part is string => part !== null && part !== '').join('.');
  if (name === '') return null;
  return { logicalLocations: [{ fullyQualifiedName: name, kind: 'object' }] };
}

/** A migration file as given (relative to the working directory, posix separators). */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const posix = file.replace(/\\/g, '/');
  const absolute = posix.startsWith('/') || /^[A-Za-z]:\//.test(posix);
  const encoded = posix
    .split('/')
    .map((segment, i) => (absolute && i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (absolute) return { uri: `file://${posix.startsWith('/') ? '' : '/'}${encoded}` };
  return { uri: encoded, uriBaseId: '%SRCROOT%' };
}

/** SARIF regions are 1-based; anything out of range is left out rather than invented. */
function region(f: Finding): Region {
  const startLine = f.line !== null && f.line >= 1 ? f.line : 1;
  const out: Region = { startLine };
  const startColumn = f.line === startLine && f.column !== null && f.column >= 1 ? f.column : null;
  if (startColumn !== null) out.startColumn = startColumn;
  const endLine = f.endLine !== null && f.endLine >= startLine ? f.endLine : null;
  if (endLine !== null) out.endLine = endLine;
  if (f.endColumn !== null && f.endColumn >= 1) {
    const lastLine = endLine ?? startLine;
    if (lastLine > startLine || f.endColumn >= (startColumn ?? 1)) out.endColumn = f.endColumn;
  }
  return out;
}

/**
 * Stable across runs so code scanning tracks a result as lines move: the
 * rule and the object it is about. Findings about no object (a syntax error,
 * an unused suppression) add their file and message, or every one of them
 * in a run would share one fingerprint.
 */
function fingerprint(f: Finding): string {
  const object = f.index ?? f.foreignKey;
  const parts: string[] = [f.rule, f.table ?? '', object ?? ''];
  if (f.table === null && object === null) parts.push(f.file ?? '', f.message);
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
