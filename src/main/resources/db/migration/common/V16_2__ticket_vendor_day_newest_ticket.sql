-- The creation time of the newest ticket of each day, market and vendor, kept by the import with the sums. The
-- coverage ("tickets imported up to") read the newest ticket among every ticket of the last three days, a read that
-- grows with the tickets (35,000 rows with a million more tickets); it now reads the maximum of this column, a few
-- hundred rows whatever the number of tickets. Null only where a row has no ticket behind it (test data written
-- straight into the roll-ups).
alter table ticket_vendor_day add column newest_created_at timestamp with time zone;

update ticket_vendor_day set newest_created_at = (
    select max(t.created_at) from ticket t
     where t.created_day = ticket_vendor_day.created_day and t.market_code = ticket_vendor_day.market_code
       and t.vendor_code = ticket_vendor_day.vendor_code);
