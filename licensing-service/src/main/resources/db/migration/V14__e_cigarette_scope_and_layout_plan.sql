-- E-cigarette retail (issue 18): scope items on licenses and applications, the premises'
-- kind, the independent e-cigarette layout plan (with history) and the school kinds the
-- e-cigarette distance rule names.

-- A license's scope items, canonical order, comma separated: CIGARETTE (卷烟、雪茄烟),
-- E_CIGARETTE (电子烟). Every license issued before is a cigarette license.
alter table license
    add column items varchar(40) not null default 'CIGARETTE'
        check (items in ('CIGARETTE', 'E_CIGARETTE', 'CIGARETTE,E_CIGARETTE'));
-- the quota counts the e-cigarette outlets of one district
create index license_e_cigarette_in on license (premises_division)
    where status in ('ACTIVE', 'SUSPENDED') and items like '%E_CIGARETTE%';

-- What an application asks for: null = cigarettes only for NEW, the license's items
-- unchanged for the other types; and the kind of premises (null = a shop).
alter table application
    add column items varchar(40)
        check (items in ('CIGARETTE', 'E_CIGARETTE', 'CIGARETTE,E_CIGARETTE')),
    add column premises_kind varchar(30)
        check (premises_kind in ('SHOP', 'SUPERMARKET', 'SELF_SERVICE', 'MARKET_STALL', 'ENTERTAINMENT_VENUE', 'OTHER'));
create index application_open_e_cigarette on application (current_due, id)
    where items like '%E_CIGARETTE%' and state in ('SUBMITTED', 'CORRECTION_REQUESTED', 'ACCEPTED', 'UNDER_REVIEW', 'SITE_CHECK');

-- The e-cigarette distance rule names special-education and vocational schools as well.
alter table sensitive_place drop constraint sensitive_place_kind_check;
alter table sensitive_place alter column kind type varchar(30);
alter table sensitive_place add constraint sensitive_place_kind_check
    check (kind in ('PRIMARY_SCHOOL', 'MIDDLE_SCHOOL', 'KINDERGARTEN', 'SPECIAL_EDUCATION_SCHOOL', 'VOCATIONAL_SCHOOL'));

-- The e-cigarette layout plan per jurisdiction node, every version kept: the one in force
-- is the node's highest version, else the nearest ancestor's.
create table e_cigarette_plan (
    code                       varchar(6)    not null,
    version                    integer       not null check (version >= 1),
    name                       varchar(100)  not null,
    max_outlets_per_district   integer       check (max_outlets_per_district between 0 and 100000),
    school_distance_m          integer       not null check (school_distance_m between 0 and 2000),
    -- comma separated premises kinds; SELF_SERVICE is always among them
    never_licensed_kinds       varchar(200)  not null,
    reason                     varchar(300),
    updated_by                 varchar(100)  not null,
    updated_at                 timestamptz   not null,
    primary key (code, version)
);
insert into e_cigarette_plan (code, version, name, max_outlets_per_district, school_distance_m,
                              never_licensed_kinds, reason, updated_by, updated_at) values
    ('330000', 1, '浙江省电子烟零售点布局规划', null, 100, 'SELF_SERVICE,ENTERTAINMENT_VENUE', '初始规划', 'seed', now());
