-- One calendar with one owner (DESIGN §4): licensing. This service keeps the last answer of
-- GET /api/licensing/public/calendar/{year} per year, with its ETag, and works from it
-- while licensing cannot be reached. The seeded calendar_days become that first copy
-- (the 2025 and 2026 State Council arrangements) and go.
create table calendar_cache (
    year       integer     primary key,
    etag       varchar(100) not null default '',
    body       text        not null,
    fetched_at timestamptz not null default now()
);

insert into calendar_cache (year, etag, body)
select extract(year from day)::int, '',
       json_build_object('year', extract(year from day)::int, 'published', true,
                         'days', json_agg(json_build_object('date', to_char(day, 'YYYY-MM-DD'), 'kind', kind,
                                                            'note', note, 'provisional', false) order by day))::text
from calendar_days
group by extract(year from day);

drop table calendar_days;
