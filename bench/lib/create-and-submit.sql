-- bench/writes.sh's reference: what licensing-service runs for one create-and-submit of a CLOSURE
-- application (POST /applications, POST /attachments, POST /submission), statement by statement
-- as the server's log shows them (LOG_SQL=1), with the same rows: three transactions and the
-- reads between them. Variables: license, document (pgbench -D).
-- n: the run's key for one create-and-submit; drawn from 2^62 values, not 2^31, so that the
-- 20k-odd of a run's rounds never draw the same one twice (a repeat is a duplicate application).
\set n random(1, 4000000000000000000)
\set lock random(1, 4000000000000000000)
\set lock2 :lock + 1
-- POST /applications: the Idempotency-Key's lock and record, the license, the number, the row,
-- the audit entry, the outbox event, the sealed result
begin read write;
select pg_try_advisory_xact_lock(:lock);
select fingerprint, sealed_result from licensing.idempotency_record where scope = 'retailer.xihu' and key_hash = (md5('k' || :n) || md5('c' || :n))::char(64) and operation = 'POST /api/licensing/applications' and expires_at > now();
select id, number, jurisdiction, holder_subject, business_name, credit_code, operator_name, operator_id_number, mobile, premises_address, premises_division, latitude, longitude, business_scope, items, valid_from, valid_until, status, suspended_until, version, issued_at from licensing.license where number = :license;
select nextval('licensing.application_number_seq');
insert into licensing.application (id, number, applicant_subject, created_at, type, state, version, jurisdiction, mobile, license_no, acceptance_days_used, calendar_assumed, correction_count, registry_attempts, promise_committed, credit_code_legacy, updated_at)
  values (md5('a' || :n)::uuid, 'PB' || :n, 'retailer.xihu', now(), 'CLOSURE', 'DRAFT', 0, '330106', '13900001111', :license, 0, false, 0, 0, false, false, now());
select seq, hash from licensing.audit_log where aggregate_type = 'application' and aggregate_id = md5('a' || :n)::uuid order by seq desc limit 1;
insert into licensing.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash)
  values ('application', md5('a' || :n)::uuid, 1, 'CREATED', 'retailer.xihu', '{"to":"DRAFT","version":0}', now(), repeat('0', 64), md5('h' || :n) || md5('i' || :n));
insert into licensing.outbox (aggregate_type, aggregate_id, event_type, payload, created_at)
  values ('application', md5('a' || :n)::uuid, 'ApplicationCreated', '{"applicationId":"' || md5('a' || :n)::uuid || '","number":"PB' || :n || '","type":"CLOSURE","jurisdiction":"330106","actor":"retailer.xihu","to":"DRAFT","version":0}', now());
insert into licensing.idempotency_record (scope, key_hash, operation, fingerprint, sealed_result, created_at, expires_at)
  values ('retailer.xihu', md5('k' || :n) || md5('c' || :n), 'POST /api/licensing/applications', md5('f' || :n) || md5('g' || :n), repeat('x', 600), now(), now() + interval '24 hours')
  on conflict (scope, key_hash, operation) do update set fingerprint = excluded.fingerprint, sealed_result = excluded.sealed_result, created_at = excluded.created_at, expires_at = excluded.expires_at where licensing.idempotency_record.expires_at <= now();
commit;
-- POST /attachments: the key's lock and record, the application, the document, its check, the link
begin read write;
select pg_try_advisory_xact_lock(:lock2);
select fingerprint, sealed_result from licensing.idempotency_record where scope = 'retailer.xihu' and key_hash = (md5('l' || :n) || md5('c' || :n))::char(64) and operation = 'POST /api/licensing/applications/{applicationId}/attachments' and expires_at > now();
select * from licensing.application where id = md5('a' || :n)::uuid;
select d.id, d.owner_subject, d.document_type, d.file_name, d.content_type, d.size_bytes, d.sha256, d.storage_key, d.uploaded_by, d.uploaded_at from licensing.document d where d.id = :document;
select verified_at is not null from licensing.document where id = :document;
insert into licensing.application_document (application_id, document_id, attached_at) values (md5('a' || :n)::uuid, :document, now())
  on conflict (application_id, document_id) do update set removed_at = null where licensing.application_document.replaced_by is null;
insert into licensing.idempotency_record (scope, key_hash, operation, fingerprint, sealed_result, created_at, expires_at)
  values ('retailer.xihu', md5('l' || :n) || md5('c' || :n), 'POST /api/licensing/applications/{applicationId}/attachments', md5('f' || :n) || md5('g' || :n), repeat('x', 400), now(), now() + interval '24 hours')
  on conflict (scope, key_hash, operation) do update set fingerprint = excluded.fingerprint, sealed_result = excluded.sealed_result, created_at = excluded.created_at, expires_at = excluded.expires_at where licensing.idempotency_record.expires_at <= now();
commit;
-- POST /submission: the reads of the checks, then the update, the audit entry, the outbox event
select * from licensing.application where id = md5('a' || :n)::uuid;
select distinct d.document_type from licensing.document d join licensing.application_document ad on ad.document_id = d.id where ad.application_id = md5('a' || :n)::uuid and ad.replaced_by is null and ad.removed_at is null;
select template_code from licensing.commitment where application_id = md5('a' || :n)::uuid and status = 'SIGNED';
select id, number, jurisdiction, holder_subject, business_name, credit_code, operator_name, operator_id_number, mobile, premises_address, premises_division, latitude, longitude, business_scope, items, valid_from, valid_until, status, suspended_until, version, issued_at from licensing.license where number = :license;
select exists (select 1 from licensing.commitment where application_id = md5('a' || :n)::uuid and status = 'SIGNED') as s;
select code, name, promise_days, school_distance_m, outlet_spacing_m, committed_promise_days, instant_approval_kinds, instant_review_days from licensing.jurisdiction_settings where code in ('330106', '330106', '330100', '330000') order by length(rtrim(code, '0')) desc limit 1;
begin read write;
update licensing.application set state = 'SUBMITTED', version = 1, submitted_on = current_date, acceptance_due = current_date + 7, decision_due = current_date + 30, promise_due = current_date + 7, current_due = current_date + 7, calendar_assumed = true, updated_at = now()
  where id = md5('a' || :n)::uuid and version = 0;
select seq, hash from licensing.audit_log where aggregate_type = 'application' and aggregate_id = md5('a' || :n)::uuid order by seq desc limit 1;
insert into licensing.audit_log (aggregate_type, aggregate_id, seq, action, actor, detail, at, prev_hash, hash)
  values ('application', md5('a' || :n)::uuid, 2, 'SUBMITTED', 'retailer.xihu', '{"from":"DRAFT","to":"SUBMITTED","version":1}', now(), md5('h' || :n) || md5('i' || :n), md5('j' || :n) || md5('i' || :n));
insert into licensing.outbox (aggregate_type, aggregate_id, event_type, payload, created_at)
  values ('application', md5('a' || :n)::uuid, 'ApplicationSubmitted', '{"applicationId":"' || md5('a' || :n)::uuid || '","number":"PB' || :n || '","type":"CLOSURE","jurisdiction":"330106","actor":"retailer.xihu","from":"DRAFT","to":"SUBMITTED","version":1}', now());
commit;
