-- 12313 hotline: categories, cases, their history, evidence, audit chain and outbox.

create table categories (
    code        varchar(50) primary key,
    parent_code varchar(50) references categories (code),
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    urgent      boolean      not null default false,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(100)
);

insert into categories (code, parent_code, name_zh, name_en, urgent) values
    ('ILLEGAL_SALES', null, '违法经营', 'Illegal sales', false),
    ('COUNTERFEIT', 'ILLEGAL_SALES', '假冒卷烟', 'Counterfeit cigarettes', false),
    ('SMUGGLED', 'ILLEGAL_SALES', '走私卷烟', 'Smuggled cigarettes', false),
    ('UNLICENSED', 'ILLEGAL_SALES', '无证经营', 'Selling without a license', false),
    ('SALES_TO_MINORS', 'ILLEGAL_SALES', '向未成年人售烟', 'Sales to minors', true),
    ('E_CIGARETTE', null, '电子烟违规销售', 'E-cigarette violations', false),
    ('E_CIGARETTE_TO_MINORS', 'E_CIGARETTE', '向未成年人销售电子烟', 'E-cigarettes sold to minors', true),
    ('BUREAU_SERVICE', null, '机关服务', 'Bureau service', false),
    ('SERVICE_ATTITUDE', 'BUREAU_SERVICE', '服务态度', 'Service attitude', false),
    ('LICENSING', 'BUREAU_SERVICE', '许可办理', 'Licensing', false),
    ('POLICY', null, '政策法规', 'Policy and law', false),
    ('OTHER', null, '其他', 'Other', false);

-- Deadlines per kind and (optionally) category; rows are never updated: a change is a new
-- row with a later valid_from, so the setting in force at any time can be reconstructed.
create table deadline_settings (
    id                  bigserial primary key,
    kind                varchar(20)  not null,
    category_code       varchar(50) references categories (code),
    acknowledge_hours   integer      not null check (acknowledge_hours > 0),
    answer_working_days integer      not null check (answer_working_days > 0),
    valid_from          timestamptz  not null default now(),
    created_by          varchar(100) not null default 'migration'
);

insert into deadline_settings (kind, category_code, acknowledge_hours, answer_working_days, valid_from) values
    ('REPORT', null, 24, 15, '2020-01-01'),
    ('COMPLAINT', null, 24, 15, '2020-01-01'),
    ('CONSULTATION', null, 24, 2, '2020-01-01'),
    ('SUGGESTION', null, 24, 15, '2020-01-01'),
    ('REPORT', 'SALES_TO_MINORS', 2, 5, '2020-01-01'),
    ('REPORT', 'E_CIGARETTE_TO_MINORS', 2, 5, '2020-01-01');

create table case_number_counters (
    day     date primary key,
    last_no integer not null
);

create table cases (
    id                   uuid primary key,
    case_number          varchar(32)  not null unique,
    kind                 varchar(20)  not null,
    channel              varchar(20)  not null,
    category_code        varchar(50)  not null references categories (code),
    urgent               boolean      not null,
    priority             smallint     not null,
    state                varchar(30)  not null,
    outcome              varchar(20),
    division_code        varchar(9)   not null,
    district_code        varchar(6)   not null,
    address_detail       varchar(300) not null,
    address_key          varchar(300) not null,
    retailer_name        varchar(100),
    retailer_key         varchar(100),
    description          text         not null,
    reporter_name        bytea,
    reporter_phone       bytea,
    reporter_id_number   bytea,
    reporter_masked      varchar(80)  not null default '',
    reporter_subject     varchar(100),
    reporter_anonymised_at timestamptz,
    tracking_code_hash   char(64) unique,
    public_answer        text,
    not_accepted_reason  text,
    duplicate_of         uuid references cases (id),
    external_ref         varchar(64) unique,
    received_at          timestamptz  not null,
    acknowledge_due_at   timestamptz  not null,
    answer_due_at        timestamptz,
    dispatched_at        timestamptz,
    answered_at          timestamptz,
    evaluation_due_at    timestamptz,
    closed_at            timestamptz,
    evaluation           varchar(20),
    evaluation_reason    text,
    reopen_count         smallint     not null default 0,
    escalation_level     smallint     not null default 0,
    deadline_setting_id  bigint references deadline_settings (id),
    reward_amount        numeric(12, 2),
    reward_note          text,
    created_by           varchar(100),
    version              bigint       not null default 0,
    updated_at           timestamptz  not null
);

create index cases_by_division on cases (division_code varchar_pattern_ops, received_at desc, id desc);
create index cases_queue on cases (district_code, priority, answer_due_at, id) where state in ('DISPATCHED', 'IN_PROGRESS');
create index cases_duplicates on cases (category_code, received_at) where duplicate_of is null;
create index cases_reporter_subject on cases (reporter_subject) where reporter_subject is not null;

-- Every state change, for the citizen's progress view and the staff history.
create table case_events (
    id         bigserial primary key,
    case_id    uuid         not null references cases (id),
    from_state varchar(30),
    to_state   varchar(30)  not null,
    action     varchar(40)  not null,
    actor      varchar(100) not null,
    reason     text,
    at         timestamptz  not null
);
create index case_events_by_case on case_events (case_id, id);

create table attachments (
    id           uuid primary key,
    case_id      uuid         not null references cases (id),
    object_key   varchar(200) not null unique,
    redacted_key varchar(200),
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);
create index attachments_by_case on attachments (case_id);

-- Hash-chained, append-only audit log per case (DESIGN §9).
create table audit_log (
    id           bigserial primary key,
    aggregate_id uuid         not null,
    seq          integer      not null,
    action       varchar(60)  not null,
    actor        varchar(100) not null,
    detail       text         not null,
    at           timestamptz  not null,
    prev_hash    char(64)     not null,
    hash         char(64)     not null,
    unique (aggregate_id, seq)
);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create table outbox (
    id           bigserial primary key,
    aggregate_id uuid         not null,
    event_type   varchar(60)  not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;
