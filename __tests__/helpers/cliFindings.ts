/** The findings of one run of the CLI with `--format json`; a run that could not do its job (exit 2) throws its message. */
import { runCli } from '../../src/cli/main.js';
import type { Finding } from '../../src/findings.js';

export async function cliFindings(args: string[]): Promise<Finding[]> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--format', 'json'], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() });
  if (code === 2) throw new Error(err);
  return JSON.parse(out).findings;
}
