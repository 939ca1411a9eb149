/**
 * The one pipeline behind the CLI and the Action: choose the starting schema
 * (nothing, a live database, or a snapshot), replay the files, run the rules.
 */
import { snapshotCatalog, type StartingCatalog } from './catalog/loadSnapshot.js';
import { readCatalog, withCatalog, type IndexSizes } from './catalog/readCatalog.js';
import { readSnapshotFile, type Snapshot } from './catalog/snapshot.js';
import type { Config } from './config.js';
import { run, type Mode, type RunOptions } from './engine.js';
import type { Report } from './findings.js';

export type StartingSchema =
  | { kind: 'files' }
  | { kind: 'database'; url: string | undefined; source: string; connectTimeoutSeconds: number; statementTimeoutSeconds: number; schemas: string[] | null }
  | { kind: 'snapshot'; file: string };

export interface PipelineInput {
  mode: Mode;
  /** Migration files in apply order (absolute paths). */
  files: string[];
  /** Files under review; null means all of them. */
  changed: string[] | null;
  start: StartingSchema;
  config: Config;
  cwd: string;
  /** Text of files not read from disk (standard input), by absolute path. */
  sources?: ReadonlyMap<string, string>;
  /** Handed to the engine: sees the schema model the rules are about to read. */
  inspectModel?: RunOptions['inspectModel'];
}

export interface PipelineResult {
  report: Report;
  /** The snapshot or database the files started from, when there was one. */
  base: Pick<StartingCatalog, 'source'> | undefined;
}

export function takeSnapshot(start: Extract<StartingSchema, { kind: 'database' }>): Promise<Snapshot> {
  return readCatalog(start);
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  // Over a database, the catalog is loaded, the files replayed and the rules run in its read's transaction, which sizes the indexes reported.
  if (input.start.kind === 'database') return withCatalog(input.start, (base, indexSizes) => runFrom(input, base, indexSizes));
  return runFrom(input, input.start.kind === 'snapshot' ? snapshotCatalog(readSnapshotFile(input.start.file)) : undefined);
}

async function runFrom(input: PipelineInput, base: StartingCatalog | undefined, indexSizes?: IndexSizes): Promise<PipelineResult> {
  let files = [...input.files];
  if (input.changed) {
    // Over a database the other files are already applied: only the changed ones are replayed.
    if (base) files = [];
    for (const f of input.changed) if (!files.includes(f)) files.push(f);
  }
  const report = await run({
    mode: input.mode,
    files,
    changed: input.changed ? new Set(input.changed) : null,
    config: input.config,
    cwd: input.cwd,
    base,
    indexSizes,
    sources: input.sources,
    inspectModel: input.inspectModel,
  });
  return { report, base };
}
