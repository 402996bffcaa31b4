-- Issue 14 (bench/complaints.sh, 1M cases): the staff lists.
--
-- 1. The case list (CaseQueries.newestFirst: the caller's subtree, newest first). The only
--    index with received_at led with division_code, so a subtree wider than one division
--    code (an agent of the city: 714k of 1M cases) was read whole and sorted for every page
--    (a parallel seq scan and a top-N sort, 1.4 s). Newest first by this index, the first
--    page reads about one page of entries per share of the subtree in the whole.
create index cases_newest on cases (received_at desc, id desc);

-- 2. The handler queue (Queues.handlerQueue: district_code LIKE the bureau's prefix). The
--    queue index was in the database's collation (C.UTF-8, not C), which a LIKE prefix cannot
--    use: every DISPATCHED or IN_PROGRESS case of every district was read and filtered (80k
--    index entries for 5.7k of Xihu). The same index in pattern order serves the prefix as a
--    range (and equality as before).
create index cases_queue_by_prefix on cases (district_code varchar_pattern_ops, priority, answer_due_at, id)
    where state in ('DISPATCHED', 'IN_PROGRESS');
drop index cases_queue;
