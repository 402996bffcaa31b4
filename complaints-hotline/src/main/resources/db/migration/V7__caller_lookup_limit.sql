-- Issue 11 point 2: caller-history lookups are rate-limited per user (a sliding window over
-- this table, kept in PostgreSQL with the lookup's own transaction) and a burst raises an
-- alert a supervisor reads.
create table caller_lookups (
    id      bigserial primary key,
    subject varchar(100) not null,
    at      timestamptz  not null
);
create index caller_lookups_by_subject on caller_lookups (subject, at);

create table lookup_alerts (
    id           uuid primary key,
    subject      varchar(100) not null,
    agent_name   varchar(100) not null,
    jurisdiction varchar(9)   not null,
    raised_at    timestamptz  not null,
    lookups      integer      not null
);
create index lookup_alerts_by_subject on lookup_alerts (subject, raised_at);
create index lookup_alerts_newest on lookup_alerts (raised_at desc);
