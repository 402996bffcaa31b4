-- English alongside the Chinese for texts the platform writes itself, so a reader who asked
-- for English (Accept-Language) gets it. The Chinese stays the text of record (the SMS that
-- was sent, the credit record the retailer was told of); rows written before this migration
-- have no English and are shown in Chinese to every reader.
alter table notice add column text_en varchar(2000);
alter table credit_record add column reason_en text;
