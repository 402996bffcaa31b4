-- Caller history: a keyed blind index of the reporter's phone (HMAC-SHA256 of the normalised
-- number, hex). The key lives in the environment, so this migration cannot fill it for
-- existing rows: the service's PhoneIndexBackfill job does, in Java.
alter table cases add column reporter_phone_index char(64);
create index cases_by_phone_index on cases (reporter_phone_index, received_at desc, id desc)
    where reporter_phone_index is not null;

-- The license number of the reported retailer, named by the handler's answer of a report; a
-- substantiated report with it becomes a credit record in licensing (through the outbox).
alter table cases add column license_no varchar(15) check (license_no ~ '^[0-9]{15}$');

-- Duplicate linking and candidates match within the district.
create index cases_open_duplicates on cases (district_code, category_code, received_at)
    where duplicate_of is null and state not in ('CLOSED', 'NOT_ACCEPTED');
