package dev.launchdesk.sop.library;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.launchdesk.sop.SopEffectiveDates;

/** Effective dates of published (including since superseded) versions, read from the SOP tables. */
@Component
class PublishedVersionDates implements SopEffectiveDates {

    private final JdbcClient jdbc;

    PublishedVersionDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> effectiveDate(String sopKey, int number, String marketCode) {
        return jdbc.sql("""
                        select v.effective_date from sop_version v join sop_document d on d.id = v.document_id
                         where d.sop_key = :key and v.number = :number and v.published_at is not null
                           and v.effective_date is not null
                           and (d.master_id is null or (d.market_code = :market and d.vendor_id is null))
                         order by case when d.master_id is null then 1 else 0 end
                         limit 1
                        """)
                .param("key", sopKey).param("number", number).param("market", marketCode)
                .query(LocalDate.class).optional();
    }
}
