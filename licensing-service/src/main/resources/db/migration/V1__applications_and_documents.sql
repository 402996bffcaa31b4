-- Retail-license applications and the documents uploaded for them.

create table application (
    id                  uuid primary key,
    number              varchar(32)  not null unique,
    type                varchar(16)  not null,
    state               varchar(32)  not null,
    applicant_subject   varchar(100) not null,
    jurisdiction        varchar(9),
    business_name       varchar(200),
    credit_code         varchar(18),
    operator_name       varchar(100),
    operator_id_number  varchar(18),
    mobile              varchar(11),
    premises_address    varchar(300),
    premises_division   varchar(6),
    latitude            double precision,
    longitude           double precision,
    version             bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    constraint application_type_known check (type in ('NEW', 'RENEWAL', 'CHANGE', 'SUSPENSION', 'RESUMPTION', 'CLOSURE'))
);

create index application_by_applicant on application (applicant_subject, created_at desc, id desc);
create index application_by_jurisdiction on application (jurisdiction, created_at desc, id desc);

create sequence application_number_seq;

-- A document belongs to the retailer who uploaded it and can be attached to several
-- applications (upload once, reuse).
create table document (
    id             uuid primary key,
    owner_subject  varchar(100) not null,
    document_type  varchar(32)  not null,
    file_name      varchar(255),
    content_type   varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes >= 0),
    sha256         char(64)     not null,
    storage_key    varchar(100) not null unique,
    status         varchar(16)  not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamptz  not null
);

create index document_by_owner on document (owner_subject, uploaded_at desc);

create table application_document (
    application_id  uuid        not null references application (id),
    document_id     uuid        not null references document (id),
    attached_at     timestamptz not null,
    primary key (application_id, document_id)
);
