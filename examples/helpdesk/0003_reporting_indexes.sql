-- Indexes for a reporting page. Four of them add nothing: each duplicates or
-- is covered by an index the schema already has. The last two are not
-- redundant and are not reported.

CREATE INDEX users_email_lookup_idx ON users (email);

-- Makes tickets_org_status_idx (organization_id, status) redundant.
CREATE INDEX tickets_org_status_created_idx ON tickets (organization_id, status, created_at);

CREATE INDEX ticket_events_recent_by_ticket_idx
    ON ticket_events (ticket_id DESC);

-- tags already has UNIQUE (organization_id, name): tags_organization_id_name_key.
ALTER TABLE tags
    ADD CONSTRAINT tags_org_name_uq UNIQUE (organization_id, name);

CREATE INDEX tickets_subject_lower_idx ON tickets (lower(subject));
CREATE INDEX ticket_comments_internal_idx ON ticket_comments (ticket_id) WHERE internal;
