package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.translation.TranslationJob.JobSegment;

class XliffExportTest {

    private final SegmentedSop sop = SopSegmenter.segment(SopFixtures.refundSop());
    private final String xliff = new XliffExport().export(SopFixtures.job(sop, "id"));

    @Test
    void exportIsValidAgainstTheOasisCoreSchema() throws Exception {
        OkapiXliff.oasisSchema().newValidator().validate(new StreamSource(new StringReader(xliff)));
    }

    @Test
    void okapisReaderAcceptsTheExportWithFullValidationAndSeesTheSameSegments() {
        OkapiXliff.validate(SopFixtures.utf8(xliff));

        Map<String, String> sources = OkapiXliff.contents(SopFixtures.utf8(xliff), false);

        assertThat(sources).containsExactlyEntriesOf(sop.segments().stream()
                .collect(Collectors.toMap(SopSegment::id, SopSegment::source, (a, b) -> a, LinkedHashMap::new)));
    }

    @Test
    void writesOneFilePerVersionAndOneUnitPerSegmentWithLocationAndFingerprintNotes() {
        SopSegment window = sop.segment("refund-window.p1").orElseThrow();

        assertThat(xliff).contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"id\">");
        assertThat(xliff).contains("<file id=\"" + SopFixtures.VERSION + "\" original=\"refunds\" canResegment=\"no\" xml:space=\"preserve\">");
        assertThat(xliff).contains("<unit id=\"refund-window.p1\">");
        assertThat(xliff).contains("<note category=\"location\">Section \"Refund window\", paragraph</note>");
        assertThat(xliff).contains("<note category=\"fingerprint\">" + window.fingerprint() + "</note>");
        assertThat(xliff.split("<unit ", -1)).hasSize(sop.segments().size() + 1);
    }

    @Test
    void policyParametersAreVariablesThatMayNotBeDeleted() {
        assertThat(xliff).contains("<data id=\"d1\">{{refund.window.days}}</data>");
        assertThat(xliff).contains("within <ph id=\"1\" dataRef=\"d1\" type=\"ui\" subType=\"xlf:var\" canDelete=\"no\""
                + " disp=\"{{refund.window.days}}\"/> days of delivery");
    }

    @Test
    void linkTextIsTranslatableWhileTheUrlIsProtected() {
        assertThat(xliff).contains("see <pc id=\"2\" dataRefStart=\"d2s\" dataRefEnd=\"d2e\" type=\"link\" dispStart=\"[\""
                + " dispEnd=\"](https://help.example.com/refunds/late &quot;Late refunds&quot;)\">late refunds</pc>");
        assertThat(xliff).contains("<pc id=\"1\" dataRefStart=\"d1s\" dataRefEnd=\"d1e\" type=\"fmt\" subType=\"xlf:b\""
                + " dispStart=\"**\" dispEnd=\"**\">one working day</pc>");
    }

    @Test
    void codeBlocksAndNumberOnlyCellsAreNotExported() {
        assertThat(xliff).doesNotContain("curl").doesNotContain("This code is not translated").doesNotContain(">30<");
    }

    @Test
    void anExistingTranslationIsWrittenAsTargetWithItsCodesMatchedToTheSource() throws Exception {
        SopSegment item = sop.segment("steps.li2").orElseThrow();
        String previous = "Bandingkan dengan {{refund.window.days}}; jika terlambat, balas dengan makro `REF-LATE`. Jangan janjikan apa pun.";
        TranslationJob job = new TranslationJob("refunds", "ID-marketplace", SopFixtures.VERSION, "en", "id",
                List.of(new JobSegment(item, previous, TranslationState.TRANSLATED)));

        String exported = new XliffExport().export(job);

        OkapiXliff.oasisSchema().newValidator().validate(new StreamSource(new StringReader(exported)));
        OkapiXliff.validate(SopFixtures.utf8(exported));
        assertThat(exported).contains("<segment state=\"translated\">");
        assertThat(exported).contains("<target>Bandingkan dengan <ph id=\"1\" dataRef=\"d1\" type=\"ui\" subType=\"xlf:var\""
                + " canDelete=\"no\" disp=\"{{refund.window.days}}\"/>; jika terlambat, balas dengan makro <ph id=\"2\"");
    }

    @Test
    void aCodeThePreviousTranslationHasButTheSourceNotStaysPlainText() {
        SopSegment heading = sop.segment("refund-window.h").orElseThrow();
        TranslationJob job = new TranslationJob("refunds", "ID-marketplace", SopFixtures.VERSION, "en", "id",
                List.of(new JobSegment(heading, "Jangka waktu **pengembalian**", TranslationState.INITIAL)));

        assertThat(new XliffExport().export(job)).contains("<target>Jangka waktu **pengembalian**</target>");
    }

    @Test
    void charactersXmlCannotCarryBecomeCodePointElements() throws Exception {
        SopSegment odd = SopSegment.of("_intro.p1", SopSegment.Kind.PARAGRAPH, "(introduction)", "Bell \u0007 here\u000B");
        String exported = new XliffExport().export(TranslationJob.of("k", "v", "v1", "en", "th", List.of(odd)));

        assertThat(exported).contains("Bell <cp hex=\"0007\"/> here<cp hex=\"000B\"/>");
        OkapiXliff.oasisSchema().newValidator().validate(new StreamSource(new StringReader(exported)));
    }

    /**
     * The whole file, as a translator's tool opens it: XML declaration, one element per line indented by two spaces,
     * the SOP note, then per unit its notes, codes and segment. The fingerprints are {@code sha256sum} of the source
     * texts ({@code printf 'Refund window' | sha256sum}).
     */
    @Test
    void writesTheWholeDocumentOneElementPerLine() throws Exception {
        SopSegment heading = SopSegment.of("refund-window.h", SopSegment.Kind.HEADING, "Refund window", "Refund window");
        SopSegment paragraph = SopSegment.of("refund-window.p1", SopSegment.Kind.PARAGRAPH, "Refund window",
                "Refund within **{{refund.window.days}} days**.");
        TranslationJob job = new TranslationJob("refunds", "ID-marketplace", "v7", "en", "id", List.of(
                JobSegment.untranslated(heading),
                new JobSegment(paragraph, "Kembalikan dalam **{{refund.window.days}} hari**.", TranslationState.TRANSLATED)));

        String exported = new XliffExport().export(job);

        OkapiXliff.oasisSchema().newValidator().validate(new StreamSource(new StringReader(exported)));
        String bold = "type=\"fmt\" subType=\"xlf:b\" dispStart=\"**\" dispEnd=\"**\"";
        String days = "<ph id=\"2\" dataRef=\"d2\" type=\"ui\" subType=\"xlf:var\" canDelete=\"no\" disp=\"{{refund.window.days}}\"/>";
        assertThat(exported).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id">
                  <file id="v7" original="refunds" canResegment="no" xml:space="preserve">
                    <notes>
                      <note category="sop">SOP refunds, regional variant ID-marketplace, version v7</note>
                    </notes>
                    <unit id="refund-window.h">
                      <notes>
                        <note category="location">Section "Refund window", heading</note>
                        <note category="fingerprint">sha256:d9b00fc9990e1a83617c0a909670394dbd72d2790b2fe45986a0e0ddb7c51054</note>
                      </notes>
                      <segment state="initial">
                        <source>Refund window</source>
                      </segment>
                    </unit>
                    <unit id="refund-window.p1">
                      <notes>
                        <note category="location">Section "Refund window", paragraph</note>
                        <note category="fingerprint">sha256:fdfae4a7a2679d33d8feb4a182400e9daccb74612b2cc82d3fc2715fd14a1c62</note>
                      </notes>
                      <originalData>
                        <data id="d1s">**</data>
                        <data id="d1e">**</data>
                        <data id="d2">{{refund.window.days}}</data>
                      </originalData>
                      <segment state="translated">
                        <source>Refund within <pc id="1" dataRefStart="d1s" dataRefEnd="d1e" %s>%s days</pc>.</source>
                        <target>Kembalikan dalam <pc id="1" dataRefStart="d1s" dataRefEnd="d1e" %s>%s hari</pc>.</target>
                      </segment>
                    </unit>
                  </file>
                </xliff>
                """.formatted(bold, days, bold, days));
    }

    @Test
    void aJobNeedsSegmentsAndProperLanguageTagsAndVersionId() {
        List<SopSegment> segments = sop.segments();
        assertThatThrownBy(() -> TranslationJob.of("k", "v", "v1", "en", "id", List.of()))
                .hasMessageContaining("at least one segment");
        assertThatThrownBy(() -> TranslationJob.of("k", "v", "v1", "en", "not a tag", segments))
                .hasMessageContaining("trgLang");
        assertThatThrownBy(() -> TranslationJob.of("k", "v", "version 1", "en", "id", segments))
                .hasMessageContaining("version id");
        assertThatThrownBy(() -> new JobSegment(segments.get(0), null, TranslationState.FINAL))
                .hasMessageContaining("has no target");
    }
}
