-- Four eyes covers editors too: the last person who changed a version's text cannot approve it.
alter table sop_version add column edited_by varchar(50);
-- A propagated draft remembers which regional version it merged, so a later master change merges that text again.
alter table sop_version add column merged_from_version_id uuid references sop_version (id);
