-- Issue 17 point 1: monthly inspection plans per district (重点监管、随机检查、信用监管).
-- A district's roster of inspectors and its share of random checks (双随机), set by ADMIN.
create table supervision_setting (
    jurisdiction  varchar(6)    primary key,
    random_share  numeric(4,3)  not null check (random_share >= 0 and random_share <= 0.5),
    inspectors    text[]        not null,
    updated_by    varchar(100)  not null,
    updated_at    timestamptz   not null
);

-- One plan per district and month; the seed of its random draw is kept so the draw can be
-- reproduced and audited.
create table inspection_plan (
    id               uuid          primary key,
    jurisdiction     varchar(6)    not null,
    month            date          not null check (extract(day from month) = 1),
    seed             bigint        not null,
    random_share     numeric(4,3)  not null,
    active_licenses  integer       not null,
    generated_by     varchar(100)  not null,
    generated_at     timestamptz   not null,
    unique (jurisdiction, month)
);

-- At most one visit per license and plan; reasons says every ground that put it there.
create table inspection_visit (
    id            uuid          primary key,
    plan_id       uuid          not null references inspection_plan (id),
    month         date          not null,
    license_no    varchar(20)   not null,
    jurisdiction  varchar(6)    not null,
    kind          varchar(8)    not null check (kind in ('KEY', 'ROUTINE', 'RANDOM')),
    grade         char(1)       not null check (grade in ('A', 'B', 'C', 'D')),
    reasons       text[]        not null,
    inspector     varchar(100),
    due_on        date          not null,
    state         varchar(10)   not null default 'PLANNED' check (state in ('PLANNED', 'DONE', 'CANCELLED')),
    version       bigint        not null default 0,
    unique (plan_id, license_no)
);
create index inspection_visit_by_license on inspection_visit (license_no, month);
create index inspection_visit_by_inspector on inspection_visit (inspector, license_no, id);
create index inspection_visit_by_place on inspection_visit (jurisdiction, license_no, id);
