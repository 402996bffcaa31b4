-- The whole lifecycle: deadlines, bundles, licenses, notices, and the reference data the
-- rules read (working-day calendar, per-jurisdiction settings, sensitive places, bars).

alter table application
    add column bundle_id             uuid,
    add column license_no            varchar(20),
    add column change_subject        varchar(20),
    add column business_scope        varchar(200),
    add column suspend_from          date,
    add column suspend_until         date,
    add column assignee_subject      varchar(100),
    add column submitted_on          date,
    add column accepted_on           date,
    add column acceptance_due        date,
    add column acceptance_days_used  integer     not null default 0,
    add column decision_due          date,
    add column promise_due           date,
    add column current_due           date,
    add column deadline_flag         varchar(16),
    add column calendar_assumed      boolean     not null default false,
    add column correction_count      integer     not null default 0,
    add column correction_items      text,
    add column extension_reason      varchar(500),
    add column extension_by          varchar(100),
    add column outcome_reason        varchar(1000),
    add column decided_by            varchar(100),
    add column decided_at            timestamptz,
    add column registry_status       varchar(16),
    add column registry_attempts     integer     not null default 0,
    add column registry_next_at      timestamptz,
    add column registry_detail       varchar(300),
    add column site_findings         varchar(2000),
    add column site_passed           boolean;

create index application_queue on application (jurisdiction, current_due, id) where state not in ('DRAFT', 'WITHDRAWN', 'APPROVED', 'REFUSED');
create index application_by_bundle on application (bundle_id) where bundle_id is not null;
create index application_registry_pending on application (registry_next_at) where registry_status = 'PENDING';

alter table document add column verified_at timestamptz;

-- 法定节假日与调休: reference data, editable by ADMIN; a year with no row falls back to Mon–Fri.
create table calendar_day (
    day         date         primary key,
    kind        varchar(16)  not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
    note        varchar(100),
    updated_by  varchar(100) not null default 'seed',
    updated_at  timestamptz  not null default now()
);

insert into calendar_day (day, kind, note)
select d::date, 'HOLIDAY', note from (values
    ('2025-01-01', '2025-01-01', '元旦'), ('2025-01-28', '2025-02-04', '春节'), ('2025-04-04', '2025-04-06', '清明节'),
    ('2025-05-01', '2025-05-05', '劳动节'), ('2025-05-31', '2025-06-02', '端午节'), ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ('2026-01-01', '2026-01-03', '元旦'), ('2026-02-15', '2026-02-23', '春节'), ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'), ('2026-06-19', '2026-06-21', '端午节'), ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')
) as h(first_day, last_day, note), generate_series(first_day::date, last_day::date, interval '1 day') as d;

insert into calendar_day (day, kind, note) values
    ('2025-01-26', 'MAKEUP_WORKDAY', '春节调休'), ('2025-02-08', 'MAKEUP_WORKDAY', '春节调休'),
    ('2025-04-27', 'MAKEUP_WORKDAY', '劳动节调休'), ('2025-09-28', 'MAKEUP_WORKDAY', '国庆节调休'),
    ('2025-10-11', 'MAKEUP_WORKDAY', '国庆节调休'),
    ('2026-01-04', 'MAKEUP_WORKDAY', '元旦调休'), ('2026-02-14', 'MAKEUP_WORKDAY', '春节调休'),
    ('2026-02-28', 'MAKEUP_WORKDAY', '春节调休'), ('2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休'),
    ('2026-09-20', 'MAKEUP_WORKDAY', '中秋节调休'), ('2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休');

-- Per-jurisdiction settings; the nearest ancestor's row applies (330106 → 330100 → 330000).
create table jurisdiction_settings (
    code                 varchar(9)   primary key,
    name                 varchar(100) not null,
    promise_days         integer      not null check (promise_days between 1 and 20),
    school_distance_m    integer      not null check (school_distance_m between 0 and 1000),
    outlet_spacing_m     integer      not null check (outlet_spacing_m between 0 and 1000),
    updated_by           varchar(100) not null default 'seed',
    updated_at           timestamptz  not null default now()
);
insert into jurisdiction_settings (code, name, promise_days, school_distance_m, outlet_spacing_m) values
    ('330000', '浙江省', 10, 50, 30),
    ('330100', '杭州市', 7, 100, 50),
    ('330106', '西湖区', 5, 100, 50),
    ('330102', '上城区', 5, 100, 50);

-- Primary/middle schools and kindergartens (reference data for the distance rule).
create table sensitive_place (
    id          uuid          primary key,
    kind        varchar(20)   not null check (kind in ('PRIMARY_SCHOOL', 'MIDDLE_SCHOOL', 'KINDERGARTEN')),
    name        varchar(200)  not null,
    division    varchar(6)    not null,
    latitude    double precision not null,
    longitude   double precision not null,
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null
);
create index sensitive_place_by_division on sensitive_place (division);

-- Applicants barred from applying (1 year after false materials, 3 after revocation for fraud).
create table barred_applicant (
    id            uuid          primary key,
    credit_code   varchar(18),
    id_number     varchar(18),
    reason        varchar(300)  not null,
    barred_until  date          not null,
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null,
    check (credit_code is not null or id_number is not null)
);

create table license (
    id                  uuid          primary key,
    number              varchar(20)   not null unique,
    jurisdiction        varchar(6)    not null,
    holder_subject      varchar(100)  not null,
    business_name       varchar(200)  not null,
    credit_code         varchar(18)   not null,
    operator_name       varchar(100)  not null,
    operator_id_number  varchar(18)   not null,
    mobile              varchar(11),
    premises_address    varchar(300)  not null,
    premises_division   varchar(6)    not null,
    latitude            double precision,
    longitude           double precision,
    business_scope      varchar(200)  not null,
    valid_from          date          not null,
    valid_until         date          not null,
    status              varchar(16)   not null check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED', 'REVOKED', 'EXPIRED')),
    suspended_until     date,
    version             bigint        not null,
    issued_at           timestamptz   not null,
    updated_at          timestamptz   not null,
    check (valid_until > valid_from and valid_until < valid_from + interval '5 years')
);
create index license_by_holder on license (holder_subject);
create index license_active_in on license (premises_division) where status in ('ACTIVE', 'SUSPENDED');

create table license_sequence (
    jurisdiction  varchar(6)  not null,
    year          integer     not null,
    last_value    integer     not null,
    primary key (jurisdiction, year)
);

-- Every notice to an applicant, and whether the SMS gateway took it.
create table notice (
    id               uuid          primary key,
    application_id   uuid          references application (id),
    license_id       uuid          references license (id),
    kind             varchar(24)   not null,
    mobile           varchar(11),
    text             varchar(2000) not null,
    delivery_status  varchar(16)   not null check (delivery_status in ('PENDING', 'SENT', 'FAILED', 'NO_NUMBER')),
    attempts         integer       not null default 0,
    last_error       varchar(300),
    provider_id      varchar(100),
    next_attempt_at  timestamptz,
    created_at       timestamptz   not null,
    sent_at          timestamptz
);
create index notice_by_application on notice (application_id, created_at);
create index notice_pending on notice (next_attempt_at) where delivery_status = 'PENDING';
