/** Runs the bundled Action (`dist/index.js`) as a manual run (workflow_dispatch) of a workspace: an audit. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export async function auditWithAction(workspace: string, inputs: Record<string, string>): Promise<{ status: number | null; lines: string[] }> {
  const summary = path.join(workspace, 'summary.md');
  const output = path.join(workspace, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const child = spawn(process.execPath, [path.resolve('dist/index.js')], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      RUNNER_TEMP: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    },
  });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, lines: stdout.split('\n').filter(Boolean) };
}
