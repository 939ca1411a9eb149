/**
 * The project's pull-request example (examples/helpdesk), file by file as a
 * history grows: what the audit of the first migration reports, what a
 * change that drops indexes uncovers, and what a change that adds redundant
 * ones introduces — through the CLI, exit codes included. The comments in
 * the SQL say why each finding is there and each near-miss is not.
 */
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli } from '../src/cli/main.js';

const dir = path.resolve('examples/helpdesk');
const f = (name: string) => path.join(dir, name);
const F1 = f('0001_initial_schema.sql');
const F2 = f('0002_drop_unused_indexes.sql');
const F3 = f('0003_reporting_indexes.sql');

type Json = Record<string, unknown> & { relatedIndexes: string[] | null; columns: string[] | null };

async function cli(args: string[]): Promise<{ code: number; findings: Json[] }> {
  let out = '';
  let err = '';
  const code = await runCli([...args, '--format', 'json'], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir });
  expect(err).toBe('');
  return { code, findings: JSON.parse(out).findings };
}

describe('examples/helpdesk', () => {
  test('audit of 0001: five redundant indexes, each with the index that covers it, and one unindexed foreign key; exit 1', async () => {
    const { code, findings } = await cli(['audit', F1]);
    expect(code).toBe(1);
    expect(findings.map((x) => `${x.line} ${x.rule} ${x.index ?? x.foreignKey} < ${(x.relatedIndexes ?? x.columns ?? []).join(',')}`)).toEqual([
      '24 duplicates-constraint users_email_idx < users_email_key',
      '40 leading-prefix team_members_team_id_idx < team_members_pkey',
      '62 leading-prefix tickets_organization_id_idx < tickets_org_status_idx',
      '80 unindexed-foreign-key ticket_tags_tag_id_fkey < tag_id',
      '95 leading-prefix ticket_comments_ticket_id_idx < ticket_comments_ticket_created_idx',
      '119 duplicate-index ticket_events_by_ticket < ticket_events_ticket_id_idx',
    ]);
  });

  test('0002 on top of 0001: eleven unindexed foreign keys, each on the DROP that uncovered it; warnings only, exit 0', async () => {
    const { code, findings } = await cli(['lint', F1, F2, '--changed', F2]);
    expect(code).toBe(0);
    expect(findings.every((x) => x.rule === 'unindexed-foreign-key' && x.severity === 'warning')).toBe(true);
    expect(findings.map((x) => `${x.line} ${x.table}(${x.columns!.join(',')})`)).toEqual([
      '13 public.users(organization_id)',
      '14 public.sla_policies(organization_id)',
      '15 public.tickets(requester_id)',
      '16 public.tickets(assignee_id)',
      '17 public.tickets(team_id)',
      '18 public.tickets(sla_policy_id)',
      '19 public.ticket_comments(author_id)',
      '20 public.attachments(comment_id)',
      '21 public.attachments(uploaded_by)',
      '22 public.ticket_events(actor_id)',
      '23 public.macros(created_by)',
    ]);
    for (const x of findings) expect(x.message).toMatch(/this statement removed the last index that served it$/);
  });

  test('0003 on top of both: its four redundant indexes, the near-misses quiet; exit 1', async () => {
    const { code, findings } = await cli(['lint', dir, '--changed', F3]);
    expect(code).toBe(1);
    expect(findings.map((x) => `${x.line} ${x.rule} ${x.index} < ${x.relatedIndexes!.join(',')}`)).toEqual([
      '5 duplicates-constraint users_email_lookup_idx < users_email_key',
      '8 leading-prefix tickets_org_status_idx < tickets_org_status_created_idx',
      '10 duplicate-index ticket_events_recent_by_ticket_idx < ticket_events_ticket_id_idx',
      '14 duplicates-constraint tags_org_name_uq < tags_organization_id_name_key',
    ]);
    expect(findings[3]).toMatchObject({ constraint: 'tags_org_name_uq', fix: 'ALTER TABLE public.tags DROP CONSTRAINT tags_org_name_uq;' });
  });
});
