package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

/** The schema files the application validates with are exactly the ones Okapi ships (see {@link XliffSchema}). */
class XliffSchemaTest {

    private static byte[] read(Class<?> anchor, String resource) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void coreSchemaIsOkapisCopyOfTheOasisSchema() throws IOException {
        byte[] ours = read(XliffSchema.class, "schema/xliff_core_2.0.xsd");

        assertThat(ours).isEqualTo(read(XLIFFReader.class, "/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"));
        assertThat(new String(ours, java.nio.charset.StandardCharsets.UTF_8))
                .contains("Copyright (c) OASIS Open")
                .contains("targetNamespace=\"urn:oasis:names:tc:xliff:document:2.0\"");
    }

    @Test
    void xmlNamespaceSchemaIsOkapisCopyOfTheW3cSchema() throws IOException {
        String path = "schema/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd";

        assertThat(read(XliffSchema.class, path)).isEqualTo(read(XLIFFReader.class, "/net/sf/okapi/lib/xliff2/" + path.substring(7)));
    }

    @Test
    void theSchemaCompilesFromTheClassPathAlone() {
        assertThat(XliffSchema.get()).isSameAs(XliffSchema.get());
    }
}
