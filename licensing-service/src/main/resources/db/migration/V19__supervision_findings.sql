-- Issue 17 points 2-6: findings of visits (码上查烟), photos, rectifications, penalties,
-- off-site warnings (非现场监管) and the publication of random checks (公示).

-- Working days a retailer has to rectify a violation, per district.
alter table supervision_setting
    add column rectification_days integer not null default 15 check (rectification_days between 1 and 60);

alter table inspection_plan
    add column published_at timestamptz,
    add column published_by varchar(100);

-- Visits outside a monthly plan: UNPLANNED (met in the field; possibly no license at all),
-- REINSPECTION (a rectification's due date) and WARNING (an off-site warning turned into a
-- visit). Then what the inspector recorded, and the APPROVER's penalty decision.
alter table inspection_visit
    alter column plan_id drop not null,
    alter column license_no drop not null,
    alter column grade drop not null,
    drop constraint inspection_visit_kind_check,
    alter column kind type varchar(12),
    add constraint inspection_visit_kind_check
        check (kind in ('KEY', 'ROUTINE', 'RANDOM', 'UNPLANNED', 'REINSPECTION', 'WARNING')),
    add column address           varchar(300),
    add column rectification_id  uuid,
    add column warning_id        uuid,
    add column created_by        varchar(100),
    add column result            varchar(12) check (result in ('PASSED', 'VIOLATION', 'NOT_LICENSED', 'SHOP_CLOSED')),
    add column checklist         text,
    add column latitude          double precision,
    add column longitude         double precision,
    add column accuracy          double precision,
    add column signature_photo_id uuid,
    add column signature_refusal varchar(500),
    add column scanned_code      varchar(500),
    add column scan_verdict      varchar(10),
    add column summary           varchar(1000),
    add column internal_note     varchar(1000),
    add column recorded_at       timestamptz,
    add column recorded_by       varchar(100),
    add column penalty           varchar(10) check (penalty in ('PENDING', 'CONFIRMED', 'DISMISSED')),
    add column penalty_reason    varchar(500),
    add column penalty_by        varchar(100),
    add column penalty_at        timestamptz,
    add column penalty_record_id uuid,
    add check ((state = 'DONE') = (result is not null));
create index inspection_visit_by_due on inspection_visit (due_on) where state = 'PLANNED';
create index inspection_visit_pending_penalty on inspection_visit (jurisdiction) where penalty = 'PENDING';

-- Photos and the operator's signature; the object holds the metadata-free copy only.
create table visit_photo (
    id            uuid          primary key,
    visit_id      uuid          not null references inspection_visit (id),
    kind          varchar(10)   not null check (kind in ('PHOTO', 'SIGNATURE')),
    object_key    varchar(200)  not null,
    content_type  varchar(40)   not null,
    size          bigint        not null,
    sha256        char(64)      not null,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamptz   not null
);
create index visit_photo_by_visit on visit_photo (visit_id, uploaded_at);

-- A violation's follow-up: rectify within N working days, then a re-inspection.
create table rectification (
    id                     uuid          primary key,
    visit_id               uuid          not null unique references inspection_visit (id),
    license_no             varchar(20)   not null,
    jurisdiction           varchar(6)    not null,
    inspector              varchar(100),
    failed_items           text[]        not null,
    opened_on              date          not null,
    due_on                 date          not null,
    working_days           integer       not null,
    state                  varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'OVERDUE', 'RECTIFIED')),
    reinspection_visit_id  uuid,
    closed_on              date,
    version                bigint        not null default 0
);
create index rectification_by_place on rectification (jurisdiction, due_on, id);
create index rectification_by_license on rectification (license_no);

-- Off-site warnings, raised once per fact (fact_key): closing one does not raise it again.
create table supervision_warning (
    id              uuid          primary key,
    kind            varchar(24)   not null check (kind in ('REPEATED_REPORTS', 'REPORTED_WHILE_INVALID',
                                                           'OVERDUE_RECTIFICATION', 'OUTSIDE_LAYOUT_PLAN')),
    fact_key        varchar(200)  not null,
    jurisdiction    varchar(6)    not null,
    license_no      varchar(20)   not null,
    business_name   varchar(200),
    reason_zh       varchar(500)  not null,
    reason_en       varchar(500)  not null,
    link            varchar(200)  not null,
    raised_on       date          not null,
    created_at      timestamptz   not null,
    state           varchar(14)   not null default 'OPEN' check (state in ('OPEN', 'CLOSED', 'VISIT_PLANNED')),
    closure_reason  varchar(500),
    closed_by       varchar(100),
    closed_at       timestamptz,
    visit_id        uuid,
    unique (kind, license_no, fact_key)
);
create index supervision_warning_listing on supervision_warning (jurisdiction, created_at desc, id desc);

-- Which license a credit record from a report concerns (a holder may hold several).
alter table credit_record add column license_no varchar(20);
create index credit_record_by_license on credit_record (license_no, kind, occurred_on) where license_no is not null;
