-- The committed fast path's own promise, the clerk's override of a legacy credit code,
-- and what the daily jobs remember so that they act once.

-- 承诺制办结时限: the service promise for an application with a signed commitment.
alter table jurisdiction_settings
    add column committed_promise_days integer not null default 2 check (committed_promise_days between 1 and 20);

alter table application
    -- the promise due date was computed with the committed promise
    add column promise_committed           boolean      not null default false,
    -- the applicant declared a legacy code that fails the GB 32100-2015 check character
    add column credit_code_legacy          boolean      not null default false,
    -- a clerk accepted that legacy code (the code accepted, who, when, why)
    add column credit_code_override_code   varchar(18),
    add column credit_code_override_by     varchar(100),
    add column credit_code_override_at     timestamptz,
    add column credit_code_override_reason varchar(500);

-- The overdue job flags a task once.
alter table post_verification add column overdue_flagged_at timestamptz;

create index credit_repair_by_status on credit_repair (status, requested_at, id);
create index credit_repair_by_subject on credit_repair (subject, requested_at, id);
create index license_suspension_ends on license (suspended_until) where status = 'SUSPENDED';
