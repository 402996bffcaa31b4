-- Record keeping: the append-only audit chain, the outbox, and the runtime role.
--
-- Flyway runs as the schema owner (postgres); the service runs as licensing_app, which may
-- read and append audit rows but never UPDATE, DELETE or TRUNCATE them. The trigger below
-- refuses those even for the owner, so a rewrite of history needs a deliberate
-- `alter table ... disable trigger` by a superuser, which is itself logged by PostgreSQL.

do $$
begin
    if not exists (select from pg_roles where rolname = 'licensing_app') then
        create role licensing_app login;
    end if;
end
$$;

grant usage on schema ${flyway:defaultSchema} to licensing_app;

create table audit_log (
    id              bigserial    primary key,
    aggregate_type  varchar(40)  not null,
    aggregate_id    uuid         not null,
    seq             integer      not null check (seq > 0),
    action          varchar(60)  not null,
    actor           varchar(100) not null,
    detail          text         not null,
    at              timestamptz  not null,
    prev_hash       char(64)     not null,
    hash            char(64)     not null,
    unique (aggregate_type, aggregate_id, seq)
);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

create table outbox (
    id              bigserial    primary key,
    aggregate_type  varchar(40)  not null,
    aggregate_id    uuid         not null,
    event_type      varchar(60)  not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    published_at    timestamptz,
    attempts        integer      not null default 0
);
create index outbox_unpublished on outbox (id) where published_at is null;

-- What the service may do: everything it needs on its own tables, and on the audit log
-- only read and append. Default privileges cover the tables later migrations create.
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to licensing_app;
grant usage, select on all sequences in schema ${flyway:defaultSchema} to licensing_app;
alter default privileges in schema ${flyway:defaultSchema} grant select, insert, update, delete on tables to licensing_app;
alter default privileges in schema ${flyway:defaultSchema} grant usage, select on sequences to licensing_app;

revoke update, delete, truncate on audit_log from licensing_app;
revoke insert, update, delete, truncate on flyway_schema_history from licensing_app;
