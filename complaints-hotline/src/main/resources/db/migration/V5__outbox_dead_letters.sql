-- An outbox event the receiver refuses for good (licensing answers 4xx: an unknown license
-- number, say) is set aside rather than offered again every hour: dead_at and last_error say
-- when and why. The outbox_dead_events gauge counts them; a person corrects the case and, if
-- need be, clears dead_at to have the event offered again.
alter table outbox add column dead_at timestamptz;
alter table outbox add column last_error varchar(500);
