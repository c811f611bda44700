-- A site serves markets besides its own: Lumen's Manila team answers sellers in Malaysia, the UK and the US.
-- One row per site and market it serves other than the site's own market (site.market_code).
create table site_market (
    site_id     uuid       not null references site (id),
    market_code varchar(2) not null references market (code),
    primary key (site_id, market_code)
);
create index site_market_by_market on site_market (market_code);

-- Every review decision on an SOP version, with its comment: a version sent back and approved later keeps both
-- comments (sop_version.review_comment holds only the last one).
create table sop_review (
    id          uuid          primary key,
    version_id  uuid          not null references sop_version (id),
    reviewer    varchar(100)  not null,
    decision    varchar(20)   not null,  -- APPROVED, CHANGES_REQUESTED
    comment     varchar(1000),
    reviewed_at timestamp with time zone not null
);
create index sop_review_by_version on sop_review (version_id, reviewed_at);
