-- Credit commitments (告知承诺, DESIGN.md §7): versioned template texts, signed commitments,
-- credit records.

-- A template version is never changed once published: a new text is a new version.
create table commitment_template (
    code          varchar(40)    not null,
    version       integer        not null check (version > 0),
    title_zh      varchar(200)   not null,
    text_zh       text           not null,
    text_en       text           not null,
    text_sha256   char(64)       not null,
    published_by  varchar(100)   not null,
    published_at  timestamptz    not null,
    primary key (code, version)
);

-- What a retailer signed. Only status and withdrawn_at ever change.
create table commitment (
    id                uuid          primary key,
    application_id    uuid          not null references application (id),
    template_code     varchar(40)   not null,
    template_version  integer       not null,
    text_sha256       char(64)      not null,
    signer_name       varchar(100)  not null,
    signer_id_number  varchar(18)   not null,
    signed_by         varchar(100)  not null,
    signed_at         timestamptz   not null,
    status            varchar(16)   not null check (status in ('SIGNED', 'WITHDRAWN', 'FULFILLED', 'BREACHED')),
    withdrawn_at      timestamptz,
    foreign key (template_code, template_version) references commitment_template (code, version)
);
create index commitment_by_application on commitment (application_id, signed_at);
-- One live commitment per application and template.
create unique index commitment_live on commitment (application_id, template_code) where status <> 'WITHDRAWN';

-- Credit records of a retailer (subject), also found by credit code or resident ID.
create table credit_record (
    id             uuid          primary key,
    subject        varchar(100),
    credit_code    varchar(18),
    id_number      varchar(18),
    kind           varchar(24)   not null check (kind in ('BREACH', 'SUBSTANTIATED_REPORT', 'PENALTY', 'TIMELY_RENEWAL')),
    reason         varchar(500)  not null,
    occurred_on    date          not null,
    bar_until      date,
    source_event   varchar(200)  unique,
    repaired       boolean       not null default false,
    repaired_at    timestamptz,
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null,
    check (subject is not null or credit_code is not null or id_number is not null)
);
create index credit_record_by_subject on credit_record (subject);
create index credit_record_by_credit_code on credit_record (credit_code);
create index credit_record_by_id_number on credit_record (id_number);

insert into commitment_template (code, version, title_zh, text_zh, text_en, text_sha256, published_by, published_at)
values ('PREMISES_PROOF', 1, '经营场所使用证明告知承诺书',
        '本人承诺：所申报的经营场所由本人合法使用，场所信息真实、准确、完整；本人知悉烟草专卖局将在许可后进行核查，如承诺不实，愿意承担许可被撤销、记入信用记录并在规定期限内不得再次申请等法律责任。',
        'I undertake that I lawfully use the declared premises and that the premises details are true, accurate and complete. I understand that the tobacco monopoly bureau will verify this after the license is granted; if this commitment is false, the license will be revoked, a credit record will be written and I may not apply again within the period set by law.',
        encode(sha256(convert_to('本人承诺：所申报的经营场所由本人合法使用，场所信息真实、准确、完整；本人知悉烟草专卖局将在许可后进行核查，如承诺不实，愿意承担许可被撤销、记入信用记录并在规定期限内不得再次申请等法律责任。', 'UTF8')), 'hex'),
        'system', now());
