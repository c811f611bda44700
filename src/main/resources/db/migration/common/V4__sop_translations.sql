-- Translations of regional SOP variants into the languages of their market, exchanged as XLIFF 2.
-- targets holds, per segment id, the translated text and the fingerprint of the source it translates,
-- so a changed source shows up as needing work again.
create table sop_translation (
    id                  uuid        primary key,
    document_id         uuid        not null references sop_document (id),
    language            varchar(20) not null,
    version_id          uuid        references sop_version (id),
    targets             text        not null,
    exported_version_id uuid        references sop_version (id),
    exported_at         timestamp with time zone,
    imported_at         timestamp with time zone,
    imported_by         varchar(50),
    lock_version        integer     not null default 0,
    constraint uq_sop_translation unique (document_id, language)
);
