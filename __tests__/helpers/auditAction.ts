/** Runs the bundled Action (`dist/index.js`) as a manual run (workflow_dispatch) of a workspace: an audit. */
import { runBundledAction } from './pullRequestAction.js';

export async function auditWithAction(workspace: string, inputs: Record<string, string>): Promise<{ status: number | null; lines: string[] }> {
  const { status, stdout } = await runBundledAction(workspace, { name: 'workflow_dispatch' }, inputs);
  return { status, lines: stdout.split('\n').filter(Boolean) };
}
