package dev.launchdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;

class MarketCodeTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void isTwoCapitalLetters() {
        assertThat(new MarketCode("ID").value()).isEqualTo("ID");
        assertThatThrownBy(() -> new MarketCode("id")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
        assertThatThrownBy(() -> new MarketCode("IDN")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'IDN'");
        assertThatThrownBy(() -> new MarketCode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarketCode(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing");
    }

    @Test
    void readsCodesAsTypedOrStored() {
        assertThat(MarketCode.of(" my ")).isEqualTo(new MarketCode("MY"));
        assertThat(MarketCode.ofNullable(null)).isNull();
        assertThat(MarketCode.ofNullable("gb")).isEqualTo(new MarketCode("GB"));
    }

    @Test
    void isTheBareCodeInTextAndJson() throws Exception {
        assertThat(new MarketCode("TH")).hasToString("TH");
        assertThat(json.writeValueAsString(new MarketCode("TH"))).isEqualTo("\"TH\"");
        assertThat(json.readValue("\"TH\"", MarketCode.class)).isEqualTo(new MarketCode("TH"));
    }
}
