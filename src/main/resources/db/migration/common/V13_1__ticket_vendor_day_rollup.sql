-- The daily roll-up summed over everything but market and vendor: one row per day, market and vendor with tickets.
-- The anomaly scan (every market and market x vendor series over 105 days), the coverage and the views grouped or
-- filtered by market and vendor only read this instead of ticket_day, whose rows grow with every site, channel,
-- category, launch and SOP version (about 126,000 rows per million tickets over 90 days, against a few hundred here).
-- Kept by the import in the same transaction as ticket and ticket_day: a row is always the sum of the ticket_day rows
-- of its day, market and vendor (docs/insights-ingest-benchmark.md).
create table ticket_vendor_day (
    created_day            date        not null,
    market_code            varchar(2)  not null,
    vendor_code            varchar(20) not null,
    tickets                bigint      not null,
    contacts               bigint      not null,
    handle_seconds         bigint      not null,
    responded              bigint      not null,
    response_seconds       bigint      not null,
    response_in_sla        bigint      not null,
    resolved               bigint      not null,
    resolution_seconds     bigint      not null,
    resolution_in_sla      bigint      not null,
    first_contact_resolved bigint      not null,
    reopened               bigint      not null,
    csat_responses         bigint      not null,
    csat_satisfied         bigint      not null,
    csat_points            bigint      not null,
    constraint pk_ticket_vendor_day primary key (created_day, market_code, vendor_code)
);

-- the tickets imported before this version
insert into ticket_vendor_day (created_day, market_code, vendor_code, tickets, contacts, handle_seconds, responded,
                               response_seconds, response_in_sla, resolved, resolution_seconds, resolution_in_sla,
                               first_contact_resolved, reopened, csat_responses, csat_satisfied, csat_points)
select created_day, market_code, vendor_code, sum(tickets), sum(contacts), sum(handle_seconds), sum(responded),
       sum(response_seconds), sum(response_in_sla), sum(resolved), sum(resolution_seconds), sum(resolution_in_sla),
       sum(first_contact_resolved), sum(reopened), sum(csat_responses), sum(csat_satisfied), sum(csat_points)
from ticket_day
group by created_day, market_code, vendor_code;
