-- PostgreSQL: a BRIN index only narrows a search to the block ranges it has summarised; the ranges an import has just
-- filled stay unsummarised — and are read for every query — until a VACUUM reaches the table. With autosummarize, each
-- filled range is queued for summarising at once, so the ticket drill-down reads only the days it asks for soon after
-- an import, not every newly imported ticket (measured: see docs/insights-dashboard.md, "Views at a million more tickets").
alter index ix_ticket_created_day_brin set (autosummarize = on);
