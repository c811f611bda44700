-- PostgreSQL: tickets arrive roughly in creation order (helpdesk exports are chronological), so a BRIN index on the
-- creation day finds a day range's blocks as well as the B-tree did for the drill-down list and the roll-up rebuild,
-- at almost no cost per inserted row. The B-tree on (created_day, market_code) was the largest single cost of a
-- million-row import (see docs/insights-ingest-benchmark.md). H2 keeps the B-tree.
drop index ix_ticket_created_market;
create index ix_ticket_created_day_brin on ticket using brin (created_day) with (pages_per_range = 32);
