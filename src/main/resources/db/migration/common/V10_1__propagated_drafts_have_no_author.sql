-- A propagated draft is proposed by the system for a master change: no person wrote it, so it has no author
-- (it was recorded as the master's publisher, who then could not approve any regional draft). Four eyes concerns
-- whoever resolves or edits it (edited_by).
alter table sop_version alter column author drop not null;
update sop_version set author = null where origin = 'PROPAGATED';
