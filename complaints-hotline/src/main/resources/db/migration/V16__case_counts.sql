-- Issue 14 (bench/complaints.sh, 1M cases): the case list's true total without counting
-- every case of the caller's subtree on each request (an agent of the city: an index-only
-- scan of 714k entries, 0.7-1.2 s).
--
-- How many cases there are per (division, handling district, state, kind), kept by the
-- database itself in the transaction of every write to cases, so no write path can forget it
-- and a rolled-back write leaves no trace. CaseQueries reads it for the filters it can answer
-- (a subtree of divisions or districts, states, kind) and counts the rows for the others.
--
-- Writers never update a shared row: each statement that changes cases appends its net
-- change per key to case_count_deltas (statement triggers over the transition tables, so a
-- bulk update appends one row per key, and an update that moves no case between keys
-- appends nothing). Concurrent transitions of cases with the same key therefore never wait
-- for each other or deadlock on a counter. CaseCountCompaction moves the deltas into
-- case_counts (one statement: DELETE ... RETURNING into INSERT ... ON CONFLICT DO UPDATE),
-- and a reader sums both tables in one statement, so it sees each change exactly once
-- whether or not a compaction committed in between. The functions name their tables with the
-- schema: a session whose search_path lacks it (psql, pgbench, a migration) writes cases too.
create table case_counts (
    division_code varchar(9) collate "C" not null,
    district_code varchar(6) collate "C" not null,
    state         varchar(30) not null,
    kind          varchar(20) not null,
    n             bigint      not null,
    primary key (division_code, district_code, state, kind)
);
-- the handler queue's total: the handling districts' subtree, by state
create index case_counts_by_district on case_counts (district_code, state);

create table case_count_deltas (
    division_code varchar(9) collate "C" not null,
    district_code varchar(6) collate "C" not null,
    state         varchar(30) not null,
    kind          varchar(20) not null,
    n             bigint      not null
);

create function case_count_inserted() returns trigger language plpgsql as $$
begin
    insert into ${flyway:defaultSchema}.case_count_deltas (division_code, district_code, state, kind, n)
    select division_code, district_code, state, kind, count(*) from new_cases
    group by division_code, district_code, state, kind;
    return null;
end;
$$;

create function case_count_updated() returns trigger language plpgsql as $$
begin
    insert into ${flyway:defaultSchema}.case_count_deltas (division_code, district_code, state, kind, n)
    select division_code, district_code, state, kind, sum(n) from (
        select division_code, district_code, state, kind, -1 as n from old_cases
        union all
        select division_code, district_code, state, kind, 1 as n from new_cases) changes
    group by division_code, district_code, state, kind
    having sum(n) <> 0;
    return null;
end;
$$;

create function case_count_deleted() returns trigger language plpgsql as $$
begin
    insert into ${flyway:defaultSchema}.case_count_deltas (division_code, district_code, state, kind, n)
    select division_code, district_code, state, kind, -count(*) from old_cases
    group by division_code, district_code, state, kind;
    return null;
end;
$$;

create function case_count_truncated() returns trigger language plpgsql as $$
begin
    delete from ${flyway:defaultSchema}.case_count_deltas;
    delete from ${flyway:defaultSchema}.case_counts;
    return null;
end;
$$;

-- the triggers first: CREATE TRIGGER locks cases against writes until this migration
-- commits, so no case changes between the triggers and the counts built below
create trigger case_counts_insert after insert on cases
    referencing new table as new_cases for each statement execute function case_count_inserted();
create trigger case_counts_update after update on cases
    referencing old table as old_cases new table as new_cases for each statement execute function case_count_updated();
create trigger case_counts_delete after delete on cases
    referencing old table as old_cases for each statement execute function case_count_deleted();
create trigger case_counts_truncate after truncate on cases
    for each statement execute function case_count_truncated();

insert into case_counts (division_code, district_code, state, kind, n)
select division_code, district_code, state, kind, count(*) from cases
group by division_code, district_code, state, kind;
