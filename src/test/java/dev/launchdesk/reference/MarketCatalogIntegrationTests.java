package dev.launchdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;

@SpringBootTest
class MarketCatalogIntegrationTests {

    @Autowired
    MarketCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoDataHasMarketsInEveryRegionTheTeamServes() {
        assertThat(catalog.markets()).hasSizeGreaterThanOrEqualTo(10)
                .extracting(Market::region).contains(Region.SEA, Region.EU, Region.NA, Region.LATAM);
        assertThat(catalog.market("id").timezone()).isEqualTo("Asia/Jakarta");
    }

    @Test
    void policyValueInForceFollowsEffectiveDatesAndKeepsHistory() {
        createMarket("FJ", "Fiji", "Pacific/Fiji", "FJD");
        record("FJ", "refund.window.days", "7", LocalDate.of(2026, 1, 1));
        record("FJ", "refund.window.days", "15", LocalDate.of(2026, 7, 1));
        record("FJ", "refund.window.days", "30", LocalDate.of(2026, 12, 12));

        assertThat(catalog.valueInForce("FJ", "refund.window.days", LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(catalog.valueInForce("FJ", "refund.window.days", LocalDate.of(2026, 1, 1))).contains("7");
        assertThat(catalog.valueInForce("FJ", "refund.window.days", LocalDate.of(2026, 6, 30))).contains("7");
        assertThat(catalog.valueInForce("FJ", "refund.window.days", LocalDate.of(2026, 7, 1))).contains("15");
        assertThat(catalog.valueInForce("FJ", "refund.window.days", LocalDate.of(2027, 1, 1))).contains("30");
        assertThat(catalog.history("FJ")).extracting(PolicyParameter::value).containsExactly("30", "15", "7");
        assertThat(catalog.scheduledAfter("FJ", LocalDate.of(2026, 8, 1))).extracting(PolicyParameter::value).containsExactly("30");
    }

    @Test
    void aValueIsNeverOverwritten() {
        createMarket("TO", "Tonga", "Pacific/Tongatapu", "TOP");
        record("TO", "payout.hold.days", "3", LocalDate.of(2026, 1, 1));

        assertThatThrownBy(() -> record("TO", "payout.hold.days", "5", LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("effectiveFrom"));
        assertThat(catalog.history("TO")).extracting(PolicyParameter::value).containsExactly("3");
    }

    @Test
    void valuesInForceOnADateCoverEveryKey() {
        createMarket("WS", "Samoa", "Pacific/Apia", "WST");
        record("WS", "a.first", "1", LocalDate.of(2026, 1, 1));
        record("WS", "b.second", "2", LocalDate.of(2026, 2, 1));
        record("WS", "b.second", "3", LocalDate.of(2026, 3, 1));

        assertThat(catalog.valuesInForce("WS", LocalDate.of(2026, 2, 15))).containsExactly(
                java.util.Map.entry("a.first", "1"), java.util.Map.entry("b.second", "2"));
    }

    @Test
    void aSecondWriterWithAStaleVersionIsToldAndChangesNothing() {
        Market market = createMarket("VU", "Vanuatu", "Pacific/Efate", "VUV");
        MarketForm first = new MarketForm("VU", "Vanuatu (first)", Region.ANZ, "Pacific/Efate", "VUV", "bi, en", market.version());
        MarketForm second = new MarketForm("VU", "Vanuatu (second)", Region.ANZ, "Pacific/Efate", "VUV", "fr", market.version());

        catalog.update("VU", first);

        assertThatThrownBy(() -> catalog.update("VU", second)).isInstanceOf(ConflictException.class);
        assertThat(catalog.market("VU").name()).isEqualTo("Vanuatu (first)");
        assertThat(catalog.market("VU").languages()).containsExactly("bi", "en");
    }

    @Test
    void everyWriteIsAuditedInTheSameTransaction() {
        long before = auditEntries("market", "KI");
        createMarket("KI", "Kiribati", "Pacific/Tarawa", "AUD");
        assertThat(auditEntries("market", "KI")).isEqualTo(before + 1);

        assertThatThrownBy(() -> createMarket("KI", "Kiribati again", "Pacific/Tarawa", "AUD")).isInstanceOf(InvalidInputException.class);
        assertThat(auditEntries("market", "KI")).isEqualTo(before + 1);
    }

    private long auditEntries(String type, String id) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = :t and entity_id = :id")
                .param("t", type).param("id", id).query(Long.class).single();
    }

    private Market createMarket(String code, String name, String zone, String currency) {
        return catalog.create(new MarketForm(code, name, Region.ANZ, zone, currency, "en", null));
    }

    private void record(String market, String key, String value, LocalDate from) {
        catalog.recordParameter(market, new PolicyParameterForm(key, value, from, null));
    }
}
