-- "Drop the indexes pg_stat_user_indexes says were never scanned." The first
-- four drops are right: each index is redundant (see 0001). The others each
-- take away the only index of a foreign key. They were never scanned because
-- nobody has deleted a user or a ticket yet; the first such DELETE scans the
-- referencing table. `pg-index-lint lint --changed` of this file warns about
-- eleven foreign keys, each on the DROP that uncovered it.

DROP INDEX users_email_idx;
DROP INDEX tickets_organization_id_idx;
DROP INDEX ticket_comments_ticket_id_idx;
DROP INDEX ticket_events_by_ticket;

DROP INDEX users_organization_id_idx;
DROP INDEX sla_policies_organization_id_idx;
DROP INDEX tickets_requester_id_idx;
DROP INDEX tickets_assignee_id_idx;
DROP INDEX tickets_team_id_idx;
DROP INDEX tickets_sla_policy_id_idx;
DROP INDEX ticket_comments_author_id_idx;
DROP INDEX attachments_comment_id_idx;
DROP INDEX attachments_uploaded_by_idx;
DROP INDEX ticket_events_actor_id_idx;
DROP INDEX macros_created_by_idx;
