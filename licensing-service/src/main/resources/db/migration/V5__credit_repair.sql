-- Credit repair (信用修复): the retailer asks, a clerk decides; the record is only marked.
create table credit_repair (
    id             uuid          primary key,
    record_id      uuid          not null references credit_record (id),
    subject        varchar(100)  not null,
    reason         varchar(1000) not null,
    status         varchar(12)   not null check (status in ('PENDING', 'GRANTED', 'REFUSED')),
    requested_at   timestamptz   not null,
    decided_by     varchar(100),
    decided_at     timestamptz,
    decision       varchar(500)
);
create index credit_repair_by_record on credit_repair (record_id, requested_at);
create unique index credit_repair_pending on credit_repair (record_id) where status = 'PENDING';
