package dev.launchdesk.sop.library;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.reference.MarketCode;
import dev.launchdesk.sop.SopTimeline;
import dev.launchdesk.sop.SopVersionId;

/** {@link SopTimeline} from the SOP versions' effective dates. */
@Repository
class SopVersionTimeline implements SopTimeline {

    private final JdbcClient jdbc;

    SopVersionTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EffectiveVersion> effectiveBetween(LocalDate from, LocalDate to, String marketCode, UUID vendorId) {
        return jdbc.sql("""
                        select v.id, d.sop_key, v.title, v.number, d.market_code, d.vendor_id, v.effective_date
                          from sop_version v join sop_document d on d.id = v.document_id
                         where v.status in ('PUBLISHED', 'SUPERSEDED') and v.effective_date between :from and :to
                           and (d.market_code is null or cast(:market as varchar) is null or d.market_code = :market)
                           and (d.vendor_id is null or cast(:vendor as uuid) is null or d.vendor_id = :vendor)
                         order by v.effective_date, d.sop_key, d.market_code, v.number
                        """)
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("market", marketCode == null ? null : marketCode.toUpperCase()).param("vendor", vendorId)
                .query((rs, n) -> new EffectiveVersion(new SopVersionId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3), rs.getInt(4),
                        MarketCode.ofNullable(rs.getString(5)), rs.getObject(6, UUID.class), rs.getDate(7).toLocalDate()))
                .list();
    }
}
