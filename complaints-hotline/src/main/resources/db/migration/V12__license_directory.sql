-- The license directory: licensing's retail licenses as its license events (CloudEvents,
-- signed) describe them, for 无证经营 triage, duplicate linking and credit events. Only what
-- the public verification page shows, plus the credit code and the premises' division.
create table license_directory (
    license_no      varchar(15)   primary key check (license_no ~ '^[0-9]{15}$'),
    business_name   varchar(200)  not null,
    credit_code     varchar(18),
    address         varchar(300)  not null,
    division_code   varchar(6)    not null,
    status          varchar(16)   not null check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED', 'REVOKED', 'EXPIRED')),
    valid_from      date,
    valid_until     date,
    -- licensing's version of the license: an older event arriving late changes nothing
    version         bigint        not null,
    updated_at      timestamptz   not null
);
create index license_directory_by_division on license_directory (division_code);
create index license_directory_by_name on license_directory (business_name);

-- CloudEvents already taken (source + id), so a redelivery is acknowledged and ignored.
create table received_event (
    source       varchar(200)  not null,
    id           varchar(100)  not null,
    type         varchar(200)  not null,
    received_at  timestamptz   not null,
    primary key (source, id)
);

-- 12345 hand-overs: the exchange's reply deadline; a handed-over case's answer is due no
-- later than it (Dispatcher), and its sign-for and answer are reported back (办结反馈).
alter table cases add column external_reply_by date;
