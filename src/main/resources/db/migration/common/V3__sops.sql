-- SOPs: documents (a global master, or a market's [and vendor's] regional variant of a master)
-- and their immutable versions (draft -> in review -> approved -> published -> superseded).

create table sop_document (
    id          uuid         primary key,
    sop_key     varchar(40)  not null,
    scope       varchar(60)  not null,          -- GLOBAL for a master, the market code (or MARKET/VENDORCODE) for a variant
    master_id   uuid         references sop_document (id),
    market_code varchar(2)   references market (code),
    vendor_id   uuid         references vendor (id),
    title       varchar(200) not null,
    category    varchar(50)  not null,
    owner       varchar(50)  not null,
    language    varchar(20)  not null,
    retired_at  timestamp with time zone,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint uq_sop_document_scope unique (sop_key, scope),
    constraint ck_sop_document_kind check ((master_id is null and market_code is null and vendor_id is null)
                                           or (master_id is not null and market_code is not null))
);
create index ix_sop_document_master on sop_document (master_id);

create table sop_version (
    id                     uuid         primary key,
    document_id            uuid         not null references sop_document (id),
    number                 integer      not null,
    status                 varchar(12)  not null,
    origin                 varchar(12)  not null,  -- AUTHORED, DERIVED (from a master), PROPAGATED (merged master change)
    title                  varchar(200) not null,
    body                   text         not null,
    change_note            varchar(500),
    base_master_version_id uuid         references sop_version (id),
    conflicts              text,                    -- JSON of unresolved merge hunks of a propagated draft
    author                 varchar(50)  not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    submitted_at           timestamp with time zone,
    reviewer               varchar(50),
    reviewed_at            timestamp with time zone,
    review_comment         varchar(1000),
    published_by           varchar(50),
    published_at           timestamp with time zone,
    effective_date         date,
    review_by              date,
    lock_version           integer      not null default 0,
    constraint uq_sop_version_number unique (document_id, number)
);
create index ix_sop_version_status on sop_version (status);
