-- 秒批 (issue 16): a RENEWAL, or a CHANGE of business name or scope, decided on submission by a
-- rule when the retailer and the filing meet every condition; an APPROVER may revoke the
-- decision within a review window.

-- Per jurisdiction (inherited down the tree like the other settings): which kinds of filing
-- qualify (none: off) and the review window in working days.
alter table jurisdiction_settings
    add column instant_approval_kinds varchar(100) not null default '',
    add column instant_review_days    integer      not null default 5 check (instant_review_days between 1 and 20);

-- The rule's decision on the application: the rule and version, the conditions it found met,
-- the end of the review window, the license as it was (restored on a revocation), and the
-- revocation.
alter table application
    add column instant_rule           varchar(60),
    add column instant_reasons        varchar(2000),
    add column instant_review_until   date,
    add column instant_license_before varchar(4000),
    add column instant_revoked_by     varchar(100),
    add column instant_revoked_at     timestamptz,
    add column instant_revoked_reason varchar(500);

-- The queue of instant decisions awaiting review: by jurisdiction, soonest window end first.
create index application_instant_review on application (jurisdiction, instant_review_until, id)
    where instant_rule is not null and instant_revoked_at is null and state = 'APPROVED';
