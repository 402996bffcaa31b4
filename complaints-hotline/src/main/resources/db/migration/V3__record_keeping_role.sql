-- Record keeping on platform-common's AuditChain/Outbox, and the runtime role.
--
-- Flyway runs as the schema owner (COMPLAINTS_FLYWAY_USER, default postgres); the service
-- connects as complaints_app (COMPLAINTS_DB_USER), which may read and append audit rows but
-- never UPDATE, DELETE or TRUNCATE them. The trigger refuses those for everyone, the owner
-- included (as in licensing's V2).
--
-- Existing audit rows are never rewritten. ADD COLUMN ... DEFAULT fills them without firing
-- the row triggers: every row written before this migration is aggregate_type 'case' and
-- hash_format 1 (SHA-256 over prev, seq, id, action, actor, detail, at: no aggregate type);
-- rows written from now on are hash_format 2, platform-common's AuditHash (with the type).

do $$
begin
    if not exists (select from pg_roles where rolname = 'complaints_app') then
        create role complaints_app login;
    end if;
end
$$;

grant usage on schema ${flyway:defaultSchema} to complaints_app;

alter table audit_log add column aggregate_type varchar(40) not null default 'case';
alter table audit_log alter column aggregate_type drop default;
alter table audit_log add column hash_format smallint not null default 1;
alter table audit_log alter column hash_format set default 2;

-- Format 1 only for the rows that exist now: no one can append an entry in the old format.
do $$
declare
    last_legacy bigint;
begin
    select coalesce(max(id), 0) into last_legacy from audit_log;
    execute format('alter table audit_log add constraint audit_log_legacy_format_closed '
                   'check (hash_format = 2 or (hash_format = 1 and id <= %s))', last_legacy);
end
$$;

alter table audit_log drop constraint audit_log_aggregate_id_seq_key;
alter table audit_log add constraint audit_log_chain_seq unique (aggregate_type, aggregate_id, seq);
alter table audit_log add constraint audit_log_seq_positive check (seq > 0);

create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

-- The outbox as platform-common's Outbox/OutboxPublisher use it, with back-off after failures.
alter table outbox add column aggregate_type varchar(40) not null default 'case';
alter table outbox alter column aggregate_type drop default;
alter table outbox add column attempts integer not null default 0;
alter table outbox add column next_attempt_at timestamptz;

-- What the service may do: everything it needs on its own tables, on the audit log only
-- read and append. Default privileges cover the tables later migrations create.
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to complaints_app;
grant usage, select on all sequences in schema ${flyway:defaultSchema} to complaints_app;
alter default privileges in schema ${flyway:defaultSchema} grant select, insert, update, delete on tables to complaints_app;
alter default privileges in schema ${flyway:defaultSchema} grant usage, select on sequences to complaints_app;

revoke update, delete, truncate on audit_log from complaints_app;
revoke insert, update, delete, truncate on flyway_schema_history from complaints_app;
