-- Events now leave as CloudEvents over HTTP to their subscribers (see the README): a failed
-- delivery waits before the next attempt (next_attempt_at, doubling per failure, and the
-- lease of a batch being delivered), and one a subscriber refuses for good is set aside
-- (dead_at, last_error) instead of being offered again, as in complaints-hotline.
alter table outbox add column next_attempt_at timestamptz;
alter table outbox add column dead_at timestamptz;
alter table outbox add column last_error varchar(500);
drop index if exists outbox_unpublished;
create index outbox_unpublished on outbox (id) where published_at is null and dead_at is null;
