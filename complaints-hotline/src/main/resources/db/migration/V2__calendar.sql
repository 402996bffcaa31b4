-- Holidays and make-up working days (reference data, DESIGN §4), seeded from the State
-- Council notices for 2025 and 2026. Outside listed years Monday to Friday are working days.
create table calendar_days (
    day  date primary key,
    kind varchar(20)  not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
    note varchar(50)  not null
);

insert into calendar_days (day, kind, note)
select d::date, 'HOLIDAY', note from (values
    ('2025-01-01', '2025-01-01', '元旦'), ('2025-01-28', '2025-02-04', '春节'),
    ('2025-04-04', '2025-04-06', '清明节'), ('2025-05-01', '2025-05-05', '劳动节'),
    ('2025-05-31', '2025-06-02', '端午节'), ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ('2026-01-01', '2026-01-03', '元旦'), ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'), ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'), ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')
) as h(first_day, last_day, note), generate_series(first_day::date, last_day::date, interval '1 day') as d;

insert into calendar_days (day, kind, note) values
    ('2025-01-26', 'MAKEUP_WORKDAY', '春节调休'), ('2025-02-08', 'MAKEUP_WORKDAY', '春节调休'),
    ('2025-04-27', 'MAKEUP_WORKDAY', '劳动节调休'), ('2025-09-28', 'MAKEUP_WORKDAY', '国庆节调休'),
    ('2025-10-11', 'MAKEUP_WORKDAY', '国庆节调休'),
    ('2026-01-04', 'MAKEUP_WORKDAY', '元旦调休'), ('2026-02-14', 'MAKEUP_WORKDAY', '春节调休'),
    ('2026-02-28', 'MAKEUP_WORKDAY', '春节调休'), ('2026-05-09', 'MAKEUP_WORKDAY', '劳动节调休'),
    ('2026-09-20', 'MAKEUP_WORKDAY', '中秋节调休'), ('2026-10-10', 'MAKEUP_WORKDAY', '国庆节调休');
