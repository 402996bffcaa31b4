-- Issue 14: the clerks' work queue at 1M applications. The queue lists the open
-- applications of the caller's subtree by due date (QueueQuery) with the true total.
-- The old (jurisdiction, current_due, id) index could serve neither the subtree range nor
-- the sort on coalesce(current_due, …), so the page and the count read every open row of
-- the subtree.
--
-- 1. The sort: the open applications in the queue's order, so the first page (and a keyset
--    page after it) reads about one page of entries per share of the subtree in the whole.
create index application_queue_due on application ((coalesce(current_due, date '9999-12-31')), id)
    where state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK');

-- 2. The true total: the open applications by code; the subtree is a range of codes
--    (Jurisdiction.subtreePrefix/subtreeEnd), counted by an index-only scan.
create index application_open_by_jurisdiction on application (jurisdiction)
    where state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK');

-- 3. The search box: names by trigram (ILIKE '%…%'), codes and numbers exactly; every arm of
--    the OR has an index, so a rare match is found without reading the subtree.
--    pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm with schema public;
create index application_open_names on application
    using gin (business_name public.gin_trgm_ops, operator_name public.gin_trgm_ops)
    where state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK');
create index application_open_by_credit_code on application (credit_code)
    where state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK');

drop index application_queue;
