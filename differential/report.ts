/** The harness's reports: a verdict per set as it is made, and the figures of the whole run. */
import path from 'node:path';
import type { Difference } from './compare.js';
import { agrees, type SetResult } from './harness.js';

const EXAMPLES_PER_CLASS = 4;

/** One set's verdict and, when it disagrees, every difference with both sides and where the static replay made the object. */
export function formatSet(result: SetResult): string {
  const disagreements = result.differences.filter((d) => d.serverOnly === undefined);
  const serverOnly = result.differences.length - disagreements.length;
  const refused = `the server refused ${result.applied.errors} statement${result.applied.errors === 1 ? '' : 's'}${result.applied.timedOut ? ', and the run TIMED OUT' : ''}`;
  const verdict = result.failure ? 'FAILED' : agrees(result) ? 'agree' : 'DISAGREE';
  const lines = [`${verdict.padEnd(8)} ${result.name}: ${disagreements.length} difference${disagreements.length === 1 ? '' : 's'}${serverOnly ? `, ${serverOnly} server-only` : ''}; ${refused}`];
  if (result.failure) lines.push(`    could not compare: ${result.failure}`);
  for (const d of result.differences) lines.push(...formatDifference(d));
  if (result.roundTrip) {
    const rt = result.roundTrip;
    const ok = rt.errors.length === 0 && rt.remaining.length === 0;
    lines.push(`    fix round trip: ${ok ? 'ok' : 'FAILED'} (${rt.fixes} fix statement${rt.fixes === 1 ? '' : 's'})`);
    for (const e of rt.errors) lines.push(`      fix statement refused: ${e}`);
    for (const f of rt.remaining) lines.push(`      still reported after the fix: ${f}`);
  }
  return lines.join('\n') + '\n';
}

function formatDifference(d: Difference): string[] {
  return [
    `    [${d.kind}] ${d.object}${d.serverOnly ? `: server-only (${d.serverOnly})` : ''}`,
    `        static: ${d.static ?? '-'}`,
    `        live:   ${d.live ?? '-'}`,
    `        at:     ${d.at ?? '-'}${d.serverError ? ` (the server refused it: ${d.serverError})` : ''}`,
  ];
}

/** The figures: sets that agree, differences by class with a few example objects, server-only ones, round trip. */
export function formatSummary(results: SetResult[], target: string): string {
  const agreeing = results.filter(agrees).length;
  const lines = [`Differential harness over ${target}`, `sets agreeing: ${agreeing}/${results.length}`];
  const failed = results.filter((r) => r.failure);
  if (failed.length) lines.push(`sets that could not be compared: ${failed.length} (${failed.map((r) => r.name).join(', ')})`);
  const timedOut = results.filter((r) => r.applied.timedOut);
  if (timedOut.length) lines.push(`sets whose run timed out: ${timedOut.length} (${timedOut.map((r) => r.name).join(', ')})`);
  const byClass = new Map<string, Array<{ d: Difference; set: string }>>();
  const serverOnly = new Map<string, number>();
  for (const r of results) {
    for (const d of r.differences) {
      if (d.serverOnly !== undefined) {
        serverOnly.set(d.serverOnly, (serverOnly.get(d.serverOnly) ?? 0) + 1);
        continue;
      }
      byClass.set(d.kind, [...(byClass.get(d.kind) ?? []), { d, set: r.name }]);
    }
  }
  const total = [...byClass.values()].reduce((n, ds) => n + ds.length, 0);
  lines.push(`differences: ${total}${byClass.size ? ', by class:' : ''}`);
  for (const [kind, ds] of [...byClass].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const sets = new Set(ds.map((x) => x.set)).size;
    const refused = ds.filter((x) => x.d.serverError).length;
    lines.push(`  ${kind.padEnd(28)} ${String(ds.length).padStart(5)} in ${sets} set${sets === 1 ? '' : 's'}${refused ? `; ${refused} made by a statement the server refused` : ''}`);
    for (const { d, set } of ds.slice(0, EXAMPLES_PER_CLASS)) lines.push(`      e.g. ${d.object} (${path.basename(set)}; at ${d.at ?? '-'}${d.serverError ? `; server: ${d.serverError}` : ''})`);
  }
  if (serverOnly.size) {
    lines.push(`server-only differences: ${[...serverOnly.values()].reduce((a, b) => a + b, 0)}`);
    for (const [reason, n] of serverOnly) lines.push(`  ${String(n).padStart(5)}  ${reason}`);
  }
  const trips = results.filter((r) => r.roundTrip);
  if (trips.length) {
    const bad = trips.filter((r) => r.roundTrip!.errors.length || r.roundTrip!.remaining.length);
    lines.push(`fix round trip: ${trips.length - bad.length}/${trips.length} sets clean${bad.length ? ` (failing: ${bad.map((r) => r.name).join(', ')})` : ''}`);
  }
  return lines.join('\n') + '\n';
}

export function formatJsonReport(results: SetResult[], target: string): string {
  return JSON.stringify({ target, agreeing: results.filter(agrees).length, sets: results.map((r) => ({ ...r, agrees: agrees(r) })) }, null, 2) + '\n';
}
