-- A helpdesk: organisations, their agents and customers, tickets and what
-- hangs off a ticket. Written the way a first migration often is: an index
-- for every foreign key, and a few indexes that another one already covers.
-- `pg-index-lint audit` of this file reports five redundant indexes and one
-- foreign key without an index.

CREATE TABLE organizations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    email            text NOT NULL UNIQUE,           -- index users_email_key
    display_name     text NOT NULL,
    role             text NOT NULL DEFAULT 'customer',
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_organization_id_idx ON users (organization_id);
-- Redundant: users_email_key already serves every lookup by email.
CREATE INDEX users_email_idx ON users (email);

CREATE TABLE teams (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    name             text NOT NULL,
    UNIQUE (organization_id, name)                   -- also serves the foreign key
);

CREATE TABLE team_members (
    team_id  bigint NOT NULL REFERENCES teams (id),
    user_id  bigint NOT NULL REFERENCES users (id),
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user_id_idx ON team_members (user_id);
-- Redundant: the primary key (team_id, user_id) starts with team_id.
CREATE INDEX team_members_team_id_idx ON team_members (team_id);

CREATE TABLE sla_policies (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id    bigint NOT NULL REFERENCES organizations (id),
    name               text NOT NULL,
    first_response_in  interval NOT NULL
);
CREATE INDEX sla_policies_organization_id_idx ON sla_policies (organization_id);

CREATE TABLE tickets (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    requester_id     bigint NOT NULL REFERENCES users (id),
    assignee_id      bigint REFERENCES users (id),
    team_id          bigint REFERENCES teams (id),
    sla_policy_id    bigint REFERENCES sla_policies (id),
    status           text NOT NULL DEFAULT 'open',
    subject          text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
-- Redundant: tickets_org_status_idx starts with organization_id.
CREATE INDEX tickets_organization_id_idx ON tickets (organization_id);
CREATE INDEX tickets_org_status_idx ON tickets (organization_id, status);
-- Not redundant: a partial index answers only the rows its WHERE keeps.
CREATE INDEX tickets_org_open_idx ON tickets (organization_id, status) WHERE status <> 'closed';
CREATE INDEX tickets_requester_id_idx ON tickets (requester_id);
CREATE INDEX tickets_assignee_id_idx ON tickets (assignee_id);
CREATE INDEX tickets_team_id_idx ON tickets (team_id);
CREATE INDEX tickets_sla_policy_id_idx ON tickets (sla_policy_id);

CREATE TABLE tags (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    name             text NOT NULL,
    UNIQUE (organization_id, name)
);

-- Unindexed: the primary key serves ticket_id, but nothing serves tag_id, so
-- deleting a tag scans ticket_tags.
CREATE TABLE ticket_tags (
    ticket_id  bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    tag_id     bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (ticket_id, tag_id)
);

CREATE TABLE ticket_comments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author_id   bigint NOT NULL REFERENCES users (id),
    body        text NOT NULL,
    internal    boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);
-- Redundant: ticket_comments_ticket_created_idx starts with ticket_id.
CREATE INDEX ticket_comments_ticket_id_idx ON ticket_comments (ticket_id);
CREATE INDEX ticket_comments_ticket_created_idx ON ticket_comments (ticket_id, created_at);
CREATE INDEX ticket_comments_author_id_idx ON ticket_comments (author_id);

CREATE TABLE attachments (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id   bigint NOT NULL REFERENCES ticket_comments (id) ON DELETE CASCADE,
    uploaded_by  bigint NOT NULL REFERENCES users (id),
    file_name    text NOT NULL,
    byte_size    bigint NOT NULL
);
CREATE INDEX attachments_comment_id_idx ON attachments (comment_id);
CREATE INDEX attachments_uploaded_by_idx ON attachments (uploaded_by);

CREATE TABLE ticket_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   bigint NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    actor_id    bigint REFERENCES users (id),
    kind        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_events_ticket_id_idx ON ticket_events (ticket_id);
CREATE INDEX ticket_events_actor_id_idx ON ticket_events (actor_id);
-- Redundant: the same index again, under another name.
CREATE INDEX ticket_events_by_ticket ON ticket_events USING btree (ticket_id);

CREATE TABLE macros (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  bigint NOT NULL REFERENCES organizations (id),
    created_by       bigint NOT NULL REFERENCES users (id),
    name             text NOT NULL,
    body             text NOT NULL
);
CREATE INDEX macros_organization_id_idx ON macros (organization_id);
CREATE INDEX macros_created_by_idx ON macros (created_by);

CREATE TABLE saved_views (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name      text NOT NULL,
    filter    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX saved_views_user_id_idx ON saved_views (user_id);
-- Not redundant: a GIN index is never compared with a btree one.
CREATE INDEX saved_views_filter_idx ON saved_views USING gin (filter);
