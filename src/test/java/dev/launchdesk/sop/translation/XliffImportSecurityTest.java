package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.launchdesk.sop.translation.ImportProblem.Kind;

/**
 * Hostile XLIFF files: external entities (XXE), entity expansion (billion laughs), external DTDs, schema hints
 * and XInclude. Each must be rejected with a clear problem, and nothing may be read or fetched: a local HTTP
 * server counts every request, and a secret file's content never shows up anywhere.
 */
class XliffImportSecurityTest {

    private static final String SECRET = "launchdesk-secret-4711";

    private final SegmentedSop sop = SopSegmenter.segment("# Refunds\n\nRefund within {{refund.window.days}} days.\n");
    private final ExpectedSegments expected = ExpectedSegments.of("v1", "en", "th", sop);
    private final XliffImport importer = new XliffImport();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private String base;

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static String unitWithTarget(String target) {
        return """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="th">
                  <file id="v1">
                    <unit id="refunds.h"><segment><source>Refunds</source><target>%s</target></segment></unit>
                  </file>
                </xliff>
                """.formatted(target);
    }

    private ImportProblem rejected(String xliff) {
        XliffRejectedException e = catchThrowableOfType(XliffRejectedException.class,
                () -> importer.parse(xliff.getBytes(StandardCharsets.UTF_8), expected));
        assertThat(e).as("the file must be rejected").isNotNull();
        assertThat(e.getMessage()).doesNotContain(SECRET);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void externalEntityReadingALocalFileIsRejectedAndTheFileIsNotRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + unitWithTarget("&xxe;");

        ImportProblem problem = rejected(xxe);

        assertThat(problem.kind()).isEqualTo(Kind.DOCTYPE_FORBIDDEN);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("a DOCTYPE is not allowed in an XLIFF file");
    }

    @Test
    void theClassicEtcPasswdPayloadIsRejected() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                + unitWithTarget("&xxe;");

        ImportProblem problem = rejected(xxe);

        assertThat(problem.kind()).isEqualTo(Kind.DOCTYPE_FORBIDDEN);
        assertThat(problem.message()).doesNotContain("root:");
    }

    @Test
    void externalEntityOverHttpIsRejectedWithoutARequest() {
        String xxe = "<!DOCTYPE xliff [ <!ENTITY xxe SYSTEM \"" + base + "/xxe\"> ]>\n" + unitWithTarget("&xxe;");

        assertThat(rejected(xxe).kind()).isEqualTo(Kind.DOCTYPE_FORBIDDEN);
        assertThat(requests).hasValue(0);
    }

    @Test
    void parameterEntityAndExternalDtdAreRejectedWithoutARequest() {
        String dtd = "<!DOCTYPE xliff SYSTEM \"" + base + "/evil.dtd\">\n" + unitWithTarget("x");
        String parameterEntity = "<!DOCTYPE xliff [ <!ENTITY % remote SYSTEM \"" + base + "/p.dtd\"> %remote; ]>\n"
                + unitWithTarget("&leak;");

        assertThat(rejected(dtd).kind()).isEqualTo(Kind.DOCTYPE_FORBIDDEN);
        assertThat(rejected(parameterEntity).kind()).isEqualTo(Kind.DOCTYPE_FORBIDDEN);
        assertThat(requests).hasValue(0);
    }

    @Test
    void billionLaughsIsRejectedBeforeAnyExpansion() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "lol" : "lol" + (i - 1);
            bomb.append(" <!ENTITY lol").append(i).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n").append(unitWithTarget("&lol9;"));

        ImportProblem problem = rejected(bomb.toString());

        assertThat(problem.kind()).isEqualTo(Kind.DOCTYPE_FORBIDDEN);
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void anUndeclaredEntityIsMalformedXmlNotALookup() {
        ImportProblem problem = rejected(unitWithTarget("&nbsp;"));

        assertThat(problem.kind()).isEqualTo(Kind.MALFORMED_XML);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("nbsp");
    }

    @Test
    void schemaLocationHintsAreNotFollowed() {
        String hinted = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="th"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:x="urn:x"
                    xsi:schemaLocation="urn:x %1$s/x.xsd urn:oasis:names:tc:xliff:document:2.0 %1$s/core.xsd">
                  <file id="v1">
                    <x:ext xsi:schemaLocation="urn:x %1$s/y.xsd"/>
                    <unit id="refunds.h"><segment><source>Refunds</source><target>การคืนเงิน</target></segment></unit>
                  </file>
                </xliff>
                """.formatted(base);

        ImportedTranslation imported = importer.parse(hinted.getBytes(StandardCharsets.UTF_8), expected);

        assertThat(imported.targets()).containsEntry("refunds.h", "การคืนเงิน");
        assertThat(requests).hasValue(0);
    }

    @Test
    void xincludeIsNotProcessed() throws IOException {
        Path secret = Files.writeString(dir.resolve("include.txt"), SECRET);
        String include = unitWithTarget("<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret.toUri()
                + "\" parse=\"text\"/>");

        ImportProblem problem = rejected(include);

        assertThat(problem.kind()).isEqualTo(Kind.SCHEMA_INVALID);
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesStillWork() {
        String target = "Fish &amp; chips &lt;b&gt; &#x0E01;&#3585;";

        ImportedTranslation imported = importer.parse(unitWithTarget(target).getBytes(StandardCharsets.UTF_8), expected);

        assertThat(imported.targets()).containsEntry("refunds.h", "Fish & chips <b> กก");
    }

    @Test
    void deeplyNestedElementsAreRejected() {
        String deep = "<pc id=\"1\">".repeat(200) + "x" + "</pc>".repeat(200);

        assertThatThrownBy(() -> importer.parse(unitWithTarget(deep).getBytes(StandardCharsets.UTF_8), expected))
                .isInstanceOf(XliffRejectedException.class)
                .satisfies(e -> assertThat(((XliffRejectedException) e).problems()).extracting(ImportProblem::kind)
                        .isEqualTo(List.of(Kind.MALFORMED_XML)));
    }
}
