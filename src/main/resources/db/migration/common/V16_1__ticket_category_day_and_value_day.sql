-- Two more small tables beside ticket_vendor_day (V13_1), kept by the import in the same transaction as ticket_day
-- (docs/insights-dashboard.md, "Roll-ups"):
--
-- ticket_category_day: the daily roll-up summed over everything but market, vendor and category. The dashboard reads
-- every range grouped by day x market x category; with a million more tickets ticket_day holds ~45,000 rows for 28
-- days (every site, channel, launch and SOP version multiplies them), this a few thousand.
create table ticket_category_day (
    created_day            date        not null,
    market_code            varchar(2)  not null,
    vendor_code            varchar(20) not null,
    category               varchar(80) not null,
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
    constraint pk_ticket_category_day primary key (created_day, market_code, vendor_code, category)
);

insert into ticket_category_day (created_day, market_code, vendor_code, category, tickets, contacts, handle_seconds, responded,
                                 response_seconds, response_in_sla, resolved, resolution_seconds, resolution_in_sla,
                                 first_contact_resolved, reopened, csat_responses, csat_satisfied, csat_points)
select created_day, market_code, vendor_code, category, sum(tickets), sum(contacts), sum(handle_seconds), sum(responded),
       sum(response_seconds), sum(response_in_sla), sum(resolved), sum(resolution_seconds), sum(resolution_in_sla),
       sum(first_contact_resolved), sum(reopened), sum(csat_responses), sum(csat_satisfied), sum(csat_points)
from ticket_day
group by created_day, market_code, vendor_code, category;

-- ticket_value_day: which sites, channels, launches and SOP versions ('KEY vN') a day, market and vendor has tickets of
-- (no sums), for the filter lists: one row per value seen, not per combination of values. '' = no launch / no SOP.
create table ticket_value_day (
    created_day  date        not null,
    market_code  varchar(2)  not null,
    vendor_code  varchar(20) not null,
    dimension    varchar(12) not null,
    dimension_value varchar(80) not null,
    constraint pk_ticket_value_day primary key (created_day, market_code, vendor_code, dimension, dimension_value)
);

insert into ticket_value_day (created_day, market_code, vendor_code, dimension, dimension_value)
select distinct created_day, market_code, vendor_code, 'SITE', site_code from ticket_day
union
select distinct created_day, market_code, vendor_code, 'CHANNEL', channel from ticket_day
union
select distinct created_day, market_code, vendor_code, 'LAUNCH', launch_key from ticket_day
union
select distinct created_day, market_code, vendor_code, 'SOP_VERSION',
       case when sop_key = '' then '' else sop_key || ' v' || cast(sop_version as varchar(10)) end from ticket_day;
