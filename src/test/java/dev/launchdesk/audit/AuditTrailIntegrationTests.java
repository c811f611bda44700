package dev.launchdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.MarketForm;
import dev.launchdesk.reference.Region;

@SpringBootTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    MarketCatalog markets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsWhoWhatWhenWithBeforeAndAfter() {
        markets.create(new MarketForm("NR", "Nauru", Region.ANZ, "Pacific/Nauru", "AUD", "en", null));
        markets.update("NR", new MarketForm("NR", "Republic of Nauru", Region.ANZ, "Pacific/Nauru", "AUD", "en, na", 0));

        var entries = trail.find(new AuditQuery("market", "NR", null, null, null, null), 0, 10).items();
        assertThat(entries).extracting(AuditEntry::action).containsExactly("updated", "created");
        AuditEntry update = entries.get(0);
        assertThat(update.actor()).isEqualTo("system");
        assertThat(update.beforeState()).contains("\"name\":\"Nauru\"");
        assertThat(update.afterState()).contains("\"name\":\"Republic of Nauru\"").contains("\"na\"");
        assertThat(entries.get(1).beforeState()).isNull();
    }

    @Test
    void filtersByTextAndActor() {
        assertThat(trail.find(new AuditQuery(null, null, "system", "nusantara", null, null), 0, 50).items())
                .isNotEmpty().allSatisfy(e -> assertThat(e.summary().toLowerCase()).contains("nusantara"));
        assertThat(trail.find(new AuditQuery(null, null, "nobody-at-all", null, null, null), 0, 50).total()).isZero();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        long id = trail.find(AuditQuery.everything(), 0, 1).items().get(0).id();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory' where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor from audit_entry where id = :id").param("id", id).query(String.class).single())
                .isNotEqualTo("mallory");
    }
}
