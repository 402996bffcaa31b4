-- Staff, retailers and citizens who sign in at the local issuer, with their roles,
-- jurisdiction (administrative division code) and explicit permissions.

create table roles (
    name        varchar(50)  primary key,
    description varchar(200) not null
);

insert into roles (name, description) values
    ('RETAILER',      '零售户 · license holder or applicant'),
    ('CITIZEN',       '群众 · citizen filing complaints and reports'),
    ('HOTLINE_AGENT', '12313 热线坐席 · hotline agent'),
    ('CLERK',         '受理审查人员 · license examiner'),
    ('INSPECTOR',     '实地核查人员 · field inspector'),
    ('APPROVER',      '审批负责人 · approver'),
    ('HANDLER',       '投诉举报承办人 · complaint handler'),
    ('SUPERVISOR',    '内管督办 · internal-control supervisor'),
    ('ADMIN',         '系统管理员 · operator');

create table permissions (
    name        varchar(100) primary key,
    description varchar(200) not null
);

insert into permissions (name, description) values
    ('complaints:reporter-data:read', '查看举报人联系信息 · read reporter contact data');

create table users (
    username      varchar(100) primary key,
    display_name  varchar(100) not null,
    password_hash varchar(200) not null,
    -- 6-digit division code (province, city, district) or 9-digit station code; null for citizens
    jurisdiction  varchar(9)   check (jurisdiction ~ '^[0-9]{6}([0-9]{3})?$'),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

create table user_roles (
    username varchar(100) not null references users (username) on delete cascade,
    role     varchar(50)  not null references roles (name),
    primary key (username, role)
);

-- Permissions are granted to a person explicitly (for example reading reporter data),
-- never implied by a role.
create table user_permissions (
    username   varchar(100) not null references users (username) on delete cascade,
    permission varchar(100) not null references permissions (name),
    primary key (username, permission)
);
