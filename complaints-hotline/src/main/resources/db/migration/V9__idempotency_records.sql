-- Idempotency-Key records (issue 12): written in the transaction of the create they guard,
-- so a create and the record of its answer commit together or not at all. Before, they
-- lived in Redis: Redis down stopped every write, and a service that died between its
-- commit and sealing the key let the retry create a second record.
--
-- The key itself is not stored (its SHA-256 is): the sealed result is encrypted with a key
-- derived from it, so only a client that knows the key can have the result replayed.
create table idempotency_record (
    scope         varchar(200) not null,
    key_hash      char(64)     not null,
    operation     varchar(300) not null,
    fingerprint   char(64)     not null,
    sealed_result text         not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    primary key (scope, key_hash, operation)
);

create index idempotency_record_expiry on idempotency_record (expires_at);

comment on table idempotency_record is
    'Idempotency-Key records: caller, key hash, operation (method and route), request fingerprint, sealed result; deleted after expires_at by the expiry job';

