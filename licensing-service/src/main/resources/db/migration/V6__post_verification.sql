-- Post-verification (事后核查) of a committed application after its approval.
create table post_verification (
    id              uuid           primary key,
    application_id  uuid           not null unique references application (id),
    license_no      varchar(20)    not null,
    jurisdiction    varchar(9)     not null,
    subject         varchar(100)   not null,
    due_on          date           not null,
    status          varchar(12)    not null check (status in ('PENDING', 'FULFILLED', 'BREACHED')),
    findings        varchar(1000),
    recorded_by     varchar(100),
    recorded_at     timestamptz,
    created_at      timestamptz    not null
);
create index post_verification_pending on post_verification (jurisdiction, due_on) where status = 'PENDING';
