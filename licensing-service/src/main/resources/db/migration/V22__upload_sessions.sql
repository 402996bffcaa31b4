-- Resumable uploads (issue 16 point 2): a document sent in parts over a poor mobile
-- network. Each session is one S3 multipart upload; its parts are recorded as S3
-- acknowledges them, so a client resumes from what the server has.

create table upload_session (
    id              uuid primary key,
    application_id  uuid         not null references application (id),
    owner_subject   varchar(100) not null,
    document_type   varchar(32)  not null,
    file_name       varchar(255) not null,
    declared_type   varchar(100),
    declared_size   bigint       not null check (declared_size > 0),
    part_size       bigint       not null check (part_size > 0),
    part_count      integer      not null check (part_count between 1 and 10000),
    replaces        uuid,
    storage_key     varchar(100) not null unique,
    s3_upload_id    varchar(1024) not null,
    state           varchar(16)  not null check (state in ('OPEN', 'COMPLETED', 'REFUSED', 'ABORTED', 'EXPIRED')),
    document_id     uuid references document (id),
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    ended_at        timestamptz
);

create index upload_session_open_by_expiry on upload_session (expires_at) where state = 'OPEN';
create index upload_session_by_application on upload_session (application_id, created_at);

create table upload_part (
    session_id   uuid        not null references upload_session (id) on delete cascade,
    part_number  integer     not null check (part_number between 1 and 10000),
    size_bytes   bigint      not null check (size_bytes > 0),
    etag         varchar(200) not null,
    uploaded_at  timestamptz not null,
    primary key (session_id, part_number)
);
