-- Issue 13 point 3: before the decision the applicant can replace or remove a document.
-- The old one stays on the record, linked to its replacement or marked removed, and no
-- longer counts towards the required materials; only current links (neither replaced nor
-- removed) do.
alter table application_document
    add column replaces    uuid references document (id),
    add column replaced_by uuid references document (id),
    add column removed_at  timestamptz;

create index application_document_current on application_document (application_id)
    where replaced_by is null and removed_at is null;
