-- Lists of schools/kindergartens and bars, the removal of a place and the early lifting
-- of a bar. Both are soft: the row stays as the record (who, when, why), and the rules
-- ignore it from then on.

alter table sensitive_place
    add column removed_at      timestamptz,
    add column removed_by      varchar(100),
    add column removal_reason  varchar(300),
    add check ((removed_at is null) = (removed_by is null) and (removed_at is null) = (removal_reason is null));
create index sensitive_place_listing on sensitive_place (created_at desc, id desc);

alter table barred_applicant
    add column lifted_at    timestamptz,
    add column lifted_by    varchar(100),
    add column lift_reason  varchar(300),
    add check ((lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null));
create index barred_applicant_listing on barred_applicant (created_at desc, id desc);
create index barred_applicant_by_credit_code on barred_applicant (credit_code) where credit_code is not null;
create index barred_applicant_by_id_number on barred_applicant (id_number) where id_number is not null;
