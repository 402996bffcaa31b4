-- Login throttling (package throttle): failures per account and per client address, kept here so
-- a restart neither forgets nor lifts a lock, and an audit trail of failures, refusals, locks and
-- unlocks. The app role keeps both; it never deletes audit rows.
create table login_throttle (
    kind            text        not null check (kind in ('ACCOUNT', 'ADDRESS')),
    subject         text        not null,
    failures        integer     not null,
    window_start    timestamptz not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    primary key (kind, subject)
);

create table login_audit (
    id             bigserial   primary key,
    at             timestamptz not null,
    event          text        not null check (event in ('FAILURE', 'REFUSED', 'LOCKED', 'UNLOCKED')),
    kind           text        not null check (kind in ('ACCOUNT', 'ADDRESS')),
    subject        text        not null,
    client_address text,
    actor          text
);
create index login_audit_subject on login_audit (kind, subject, at);

grant select, insert, update, delete on login_throttle to identity_app;
grant select, insert on login_audit to identity_app;
grant usage on sequence login_audit_id_seq to identity_app;
