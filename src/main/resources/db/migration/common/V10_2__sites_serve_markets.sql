-- A site serves markets besides its own: Lumen's Manila team answers sellers in Malaysia, the UK and the US.
-- One row per site and market it serves other than the site's own market (site.market_code).
create table site_market (
    site_id     uuid       not null references site (id),
    market_code varchar(2) not null references market (code),
    primary key (site_id, market_code)
);
create index site_market_by_market on site_market (market_code);
