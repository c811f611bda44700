package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.translation.ImportProblem.Kind;

class XliffImportTest {

    private static final String V1 = """
            # Refund window

            Buyers may ask for a refund within {{refund.window.days}} days of **delivery**.

            - Check the [order page](https://seller.example.com/orders).
            - Reply with macro `REF-OK`.
            """;

    private final SegmentedSop sop = SopSegmenter.segment(V1);
    private final String exported = new XliffExport().export(TranslationJob.of("refunds", "TH", "v1", "en", "th", sop.segments()));
    private final ExpectedSegments expected = ExpectedSegments.of("v1", "en", "th", sop);
    private final XliffImport importer = new XliffImport();

    private ImportedTranslation parse(String xliff) {
        return importer.parse(SopFixtures.utf8(xliff), expected);
    }

    private List<ImportProblem> rejected(String xliff, ExpectedSegments against) {
        XliffRejectedException e = catchThrowableOfType(XliffRejectedException.class,
                () -> importer.parse(SopFixtures.utf8(xliff), against));
        assertThat(e).as("the file must be rejected").isNotNull();
        return e.problems();
    }

    private List<ImportProblem> rejected(String xliff) {
        return rejected(xliff, expected);
    }

    private static final Map<String, String> THAI = Map.of(
            "refund-window.h", "ระยะเวลาการคืนเงิน",
            "refund-window.p1", "ผู้ซื้อขอคืนเงินได้ภายใน <ph id=\"1\"/> วันหลัง<pc id=\"2\">การจัดส่ง</pc>",
            "refund-window.li1", "ตรวจสอบ<pc id=\"1\">หน้าคำสั่งซื้อ</pc>",
            "refund-window.li2", "ตอบกลับด้วยมาโคร <ph id=\"1\"/>");

    @Test
    void codesCanBeReferencedByIdAlone() {
        ImportedTranslation imported = parse(Translator.withTargets(exported, THAI));

        assertThat(imported.versionId()).isEqualTo("v1");
        assertThat(imported.targets()).containsExactly(
                Map.entry("refund-window.h", "ระยะเวลาการคืนเงิน"),
                Map.entry("refund-window.p1", "ผู้ซื้อขอคืนเงินได้ภายใน {{refund.window.days}} วันหลัง**การจัดส่ง**"),
                Map.entry("refund-window.li1", "ตรวจสอบ[หน้าคำสั่งซื้อ](https://seller.example.com/orders)"),
                Map.entry("refund-window.li2", "ตอบกลับด้วยมาโคร `REF-OK`"));
    }

    @Test
    void missingAndEmptyTargetsAreNotYetTranslatedAndReported() {
        String xliff = Translator.withTargets(exported, Map.of("refund-window.h", "ระยะเวลาการคืนเงิน", "refund-window.li2", "  "));

        ImportedTranslation imported = parse(xliff);
        SegmentedSop.Reassembled result = sop.reassemble(imported.targets());

        assertThat(imported.targets()).containsOnlyKeys("refund-window.h");
        assertThat(imported.untranslated()).containsExactly("refund-window.p1", "refund-window.li1", "refund-window.li2");
        assertThat(result.untranslated()).containsExactly("refund-window.p1", "refund-window.li1", "refund-window.li2");
        assertThat(result.markdown()).startsWith("# ระยะเวลาการคืนเงิน\n\nBuyers may ask");
    }

    @Test
    void aSegmentWhoseSourceChangedSinceTheExportRejectsTheWholeFile() {
        String v2 = V1.replace("within {{refund.window.days}} days", "within {{refund.window.days}} calendar days");
        ExpectedSegments now = ExpectedSegments.of("v1", "en", "th", SopSegmenter.segment(v2));

        List<ImportProblem> problems = rejected(Translator.withTargets(exported, THAI), now);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.STALE_SOURCE);
            assertThat(p.unitId()).isEqualTo("refund-window.p1");
            assertThat(p.line()).isGreaterThan(0);
            assertThat(p.message()).contains("changed since the export");
        });
    }

    @Test
    void staleIsAlsoFoundWhenTheToolDroppedTheFingerprintNote() {
        String v2 = V1.replace("**delivery**", "**delivery** to the buyer");
        ExpectedSegments now = ExpectedSegments.of("v1", "en", "th", SopSegmenter.segment(v2));
        String withoutNotes = Translator.withTargets(exported, THAI).replaceAll("(?s)<notes>.*?</notes>", "");

        assertThat(rejected(withoutNotes, now)).extracting(ImportProblem::kind, ImportProblem::unitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.STALE_SOURCE, "refund-window.p1"));
        assertThat(importer.parse(SopFixtures.utf8(withoutNotes), expected).targets()).hasSize(4);
    }

    @Test
    void unknownUnitsRejectTheWholeFileAndEveryProblemIsListed() {
        String renamed = Translator.withTargets(exported, THAI)
                .replace("<unit id=\"refund-window.li1\">", "<unit id=\"refund-window.li7\">")
                .replace("<unit id=\"refund-window.h\">", "<unit id=\"refunds.h\">");

        List<ImportProblem> problems = rejected(renamed);

        assertThat(problems).extracting(ImportProblem::kind).containsOnly(Kind.UNKNOWN_UNIT);
        assertThat(problems).extracting(ImportProblem::unitId).containsExactly("refunds.h", "refund-window.li7");
        assertThat(problems.get(0).toString()).matches("line \\d+, column \\d+: unit refunds.h: the SOP version has no segment with this id.*");
    }

    @Test
    void theRejectionSaysWhereEachProblemIsAndHowManyMoreThereAre() {
        List<ImportProblem> problems = new java.util.ArrayList<>();
        problems.add(new ImportProblem(Kind.WRONG_LANGUAGE, null, 2, 0, "trgLang is missing, expected 'th'"));
        problems.add(new ImportProblem(Kind.MALFORMED_XML, null, 0, 0, "not well-formed XML: premature end of file"));
        for (int unit = 1; unit <= 5; unit++) {
            problems.add(new ImportProblem(Kind.DUPLICATE_UNIT, "u" + unit, 10 + unit, 3, "the unit appears more than once"));
        }

        assertThat(problems.get(0)).hasToString("line 2: trgLang is missing, expected 'th'");
        assertThat(problems.get(1)).hasToString("not well-formed XML: premature end of file");
        assertThat(new XliffRejectedException(problems)).hasMessage("XLIFF file rejected, nothing imported: "
                + "line 2: trgLang is missing, expected 'th'; not well-formed XML: premature end of file; "
                + "line 11, column 3: unit u1: the unit appears more than once; line 12, column 3: unit u2: the unit appears more than once; "
                + "line 13, column 3: unit u3: the unit appears more than once; and 2 more");
        assertThat(new XliffRejectedException(problems.subList(0, 1))).hasMessage(
                "XLIFF file rejected, nothing imported: line 2: trgLang is missing, expected 'th'");
    }

    @Test
    void aFileForAnotherVersionOrOtherLanguagesIsRejected() {
        String other = Translator.withTargets(exported, THAI).replace("<file id=\"v1\"", "<file id=\"v0\"")
                .replace("srcLang=\"en\" trgLang=\"th\"", "srcLang=\"en-GB\" trgLang=\"vi\"");

        assertThat(rejected(other)).extracting(ImportProblem::kind)
                .containsExactly(Kind.WRONG_LANGUAGE, Kind.WRONG_LANGUAGE, Kind.WRONG_FILE);
        assertThat(rejected(other)).extracting(ImportProblem::message).containsExactly("srcLang is 'en-GB', expected 'en'",
                "trgLang is 'vi', expected 'th'", "the file is for SOP version 'v0', not for version 'v1'");
        assertThat(rejected(exported.replace(" trgLang=\"th\"", ""))).extracting(ImportProblem::message)
                .containsExactly("trgLang is missing, expected 'th'");
    }

    @Test
    void languageTagsCompareCaseInsensitively() {
        String upper = Translator.withTargets(exported, THAI).replace("trgLang=\"th\"", "trgLang=\"TH\"");

        assertThat(parse(upper).targets()).hasSize(4);
    }

    @Test
    void xliff21IsAcceptedAndOtherVersionsAreNot() {
        assertThat(parse(exported.replace("version=\"2.0\"", "version=\"2.1\"")).untranslated()).hasSize(4);
        assertThat(rejected(exported.replace("version=\"2.0\"", "version=\"2.2\""))).extracting(ImportProblem::kind)
                .containsExactly(Kind.WRONG_VERSION);
    }

    @Test
    void malformedXmlIsRejectedWithItsLineAndColumn() {
        String broken = Translator.withTargets(exported, Map.of("refund-window.h", "Refunds & returns"));
        int line = (int) broken.substring(0, broken.indexOf("Refunds & returns")).lines().count();

        List<ImportProblem> problems = rejected(broken);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.MALFORMED_XML);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isGreaterThan(0);
            assertThat(p.message()).startsWith("not well-formed XML: ");
        });
    }

    @Test
    void aTruncatedFileIsMalformed() {
        assertThat(rejected(exported.substring(0, exported.length() / 2))).extracting(ImportProblem::kind)
                .containsExactly(Kind.MALFORMED_XML);
        assertThat(rejected("")).extracting(ImportProblem::kind).containsExactly(Kind.MALFORMED_XML);
    }

    @Test
    void structurallyInvalidXliffIsRejectedWithTheValidatorsMessageAndLine() {
        String invalid = exported.replaceFirst("<segment state=\"initial\">", "<segment state=\"done\">")
                .replaceFirst("<source>Refund window</source>", "<source>Refund window</source><source>again</source>");

        List<ImportProblem> problems = rejected(invalid);

        assertThat(problems).extracting(ImportProblem::kind).containsOnly(Kind.SCHEMA_INVALID);
        assertThat(problems.get(0).message()).startsWith("not valid XLIFF 2: cvc-").contains("'done'");
        assertThat(problems.get(problems.size() - 1).message()).contains("Invalid content was found starting with element")
                .contains("source");
        assertThat(problems).allSatisfy(p -> assertThat(p.line()).isGreaterThan(0));
    }

    @Test
    void anXliff12FileIsRejectedWithWhatToDoInsteadOfASchemaError() {
        String xliff12 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
                  <file source-language="en" target-language="th" datatype="plaintext" original="refunds">
                    <body>
                      <trans-unit id="refund-window.h">
                        <source>Refund window</source>
                        <target state="translated">ระยะเวลาการคืนเงิน</target>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """;

        assertThat(rejected(xliff12)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.WRONG_VERSION);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("this is an XLIFF 1.2 file").contains("XLIFF 1.2 is not supported")
                    .contains("export the translation from your tool as XLIFF 2.0").doesNotContain("cvc-");
        });
    }

    @Test
    void otherXmlIsRejectedAsNotXliff() {
        assertThat(rejected("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>ระยะเวลา</body></html>")).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind().name()).isEqualTo("NOT_XLIFF");
                    assertThat(p.message()).startsWith("this is not an XLIFF file: its root element is <html>").doesNotContain("cvc-");
                });
    }

    /** What a tool that indents every element does to a unit: each inline code and each end tag on a line of its own. */
    private static String indented(String xliff, String unitId) {
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile("(?s)<unit id=\"" + java.util.regex.Pattern.quote(unitId)
                + "\">.*?</unit>").matcher(xliff);
        assertThat(unit.find()).isTrue();
        String pretty = unit.group()
                .replaceAll("<(source|target)>", "<$1>\n            ")
                .replaceAll("</(source|target)>", "\n          </$1>")
                .replaceAll("(<ph [^>]*/>)", "\n            $1\n            ")
                .replaceAll("(<pc [^>]*>)", "\n            $1\n              ")
                .replace("</pc>", "\n            </pc>\n            ");
        return xliff.replace(unit.group(), pretty);
    }

    @Test
    void aUnitATranslationToolIndentedIsReadWithDefaultWhiteSpaceHandling() {
        String translated = Translator.withCopiedCodes(exported, THAI);
        String rewritten = indented(indented(translated, "refund-window.p1"), "refund-window.li1")
                .replace(" xml:space=\"preserve\"", "");

        ImportedTranslation imported = parse(rewritten);

        assertThat(imported.targets())
                .containsEntry("refund-window.p1", "ผู้ซื้อขอคืนเงินได้ภายใน {{refund.window.days}} วันหลัง **การจัดส่ง**")
                .containsEntry("refund-window.li1", "ตรวจสอบ [หน้าคำสั่งซื้อ](https://seller.example.com/orders)")
                .containsEntry("refund-window.h", "ระยะเวลาการคืนเงิน");
    }

    @Test
    void anIndentedUnitUnderXmlSpacePreserveLosesOnlyItsLineBreaksAndIndentation() {
        Map<String, String> spaced = Map.of("refund-window.h", "ระยะเวลา  การคืนเงิน",
                "refund-window.p1", THAI.get("refund-window.p1"));
        String rewritten = indented(Translator.withCopiedCodes(exported, spaced), "refund-window.p1");
        assertThat(rewritten).contains("xml:space=\"preserve\"");

        assertThat(parse(rewritten).targets())
                .containsEntry("refund-window.p1", "ผู้ซื้อขอคืนเงินได้ภายใน {{refund.window.days}} วันหลัง **การจัดส่ง**")
                .containsEntry("refund-window.h", "ระยะเวลา  การคืนเงิน");
        assertThat(parse(rewritten.replace(" xml:space=\"preserve\"", "")).targets())
                .containsEntry("refund-window.h", "ระยะเวลา การคืนเงิน");
    }

    @Test
    void aSourceTrulyEditedInAnIndentedUnitIsNamedWithWhatItNowReads() {
        String edited = indented(Translator.withTargets(exported, THAI), "refund-window.p1").replace("days of", "calendar days of");

        assertThat(rejected(edited)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.SOURCE_EDITED);
            assertThat(p.unitId()).isEqualTo("refund-window.p1");
            assertThat(p.message()).contains("{{refund.window.days}} calendar days of").contains("where the export had \"…")
                    .contains("{{refund.window.days}} days of");
        });
    }

    @Test
    void aWhiteSpaceOnlyIgnorableIsAllowedOneWithTextIsNot() {
        String unit = "<unit id=\"refund-window.h\">";
        String withTarget = Translator.withTargets(exported, THAI);
        int end = withTarget.indexOf("</segment>", withTarget.indexOf(unit)) + "</segment>".length();
        String ignorable = withTarget.substring(0, end) + "<ignorable><source> </source></ignorable>" + withTarget.substring(end);
        String textual = withTarget.substring(0, end) + "<ignorable><source>x</source></ignorable>" + withTarget.substring(end);

        assertThat(parse(ignorable).targets()).containsEntry("refund-window.h", "ระยะเวลาการคืนเงิน");
        assertThat(rejected(textual)).extracting(ImportProblem::kind).containsExactly(Kind.SEGMENTATION_CHANGED);
    }

    @Test
    void targetsGoThroughTheNormalisationOfEverySopText() {
        Map<String, String> targets = Map.of(
                "refund-window.h", "\uFEFFระยะเวลา<cp hex=\"000D\"/>การคืนเงิน&#13;&#10;  (Cafe\u0301\u200B)",
                "refund-window.li2", "ตอบกลับด้วยมาโคร\r\n<ph id=\"1\"/>");

        assertThat(parse(Translator.withTargets(exported, targets)).targets())
                .containsEntry("refund-window.h", "ระยะเวลา การคืนเงิน (Café)")
                .containsEntry("refund-window.li2", "ตอบกลับด้วยมาโคร `REF-OK`");
    }

    @Test
    void anEditedSourceIsRejected() {
        String edited = Translator.withTargets(exported, THAI).replace("<source>Refund window</source>", "<source>Refund period</source>");

        assertThat(rejected(edited)).extracting(ImportProblem::kind, ImportProblem::unitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.SOURCE_EDITED, "refund-window.h"));
    }

    @Test
    void aLostOrInventedPolicyParameterIsRejected() {
        Map<String, String> lost = Map.of("refund-window.p1", "ผู้ซื้อขอคืนเงินได้ภายใน 7 วัน");
        Map<String, String> typed = Map.of("refund-window.p1", "ผู้ซื้อขอคืนเงินได้ภายใน {{refund.window.days}} วัน <pc id=\"2\">x</pc>");
        Map<String, String> invented = Map.of("refund-window.h", "ระยะเวลา {{refund.window.hours}}");

        assertThat(rejected(Translator.withTargets(exported, lost))).extracting(ImportProblem::kind, ImportProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.PLACEHOLDER_MISMATCH,
                        "the target lost the placeholder {{refund.window.days}}"));
        assertThat(parse(Translator.withTargets(exported, typed)).targets())
                .containsEntry("refund-window.p1", "ผู้ซื้อขอคืนเงินได้ภายใน {{refund.window.days}} วัน **x**");
        assertThat(rejected(Translator.withTargets(exported, invented))).extracting(ImportProblem::kind)
                .containsExactly(Kind.PLACEHOLDER_MISMATCH);
    }

    @Test
    void inlineCodesTheSourceDoesNotHaveAreRejected() {
        Map<String, String> unknownId = Map.of("refund-window.li2", "ตอบกลับ <ph id=\"9\"/>");
        Map<String, String> wrongKind = Map.of("refund-window.li2", "ตอบกลับ <pc id=\"1\">x</pc>");
        Map<String, String> split = Map.of("refund-window.li1", "ตรวจสอบ<sc id=\"1\"/>หน้า<ec startRef=\"1\"/>");

        assertThat(rejected(Translator.withTargets(exported, unknownId))).extracting(ImportProblem::kind, ImportProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.BROKEN_INLINE_CODE,
                        "inline code <ph id=\"9\"> is not a code of the source placeholder with that id"));
        assertThat(rejected(Translator.withTargets(exported, wrongKind))).extracting(ImportProblem::kind)
                .containsExactly(Kind.BROKEN_INLINE_CODE);
        assertThat(rejected(Translator.withTargets(exported, split))).extracting(ImportProblem::kind)
                .containsExactly(Kind.BROKEN_INLINE_CODE, Kind.BROKEN_INLINE_CODE);
    }

    @Test
    void duplicateUnitsAndChangedSegmentationAreRejected() {
        String unit = exported.replaceAll("(?s).*(<unit id=\"refund-window.h\">.*?</unit>).*", "$1");
        String duplicated = exported.replace(unit, unit + unit);
        String resegmented = exported.replace("<source>Refund window</source>\n      </segment>",
                "<source>Refund</source>\n      </segment><segment><source> window</source></segment>");

        assertThat(rejected(duplicated)).extracting(ImportProblem::kind).containsExactly(Kind.DUPLICATE_UNIT);
        assertThat(rejected(resegmented)).extracting(ImportProblem::kind).containsExactly(Kind.SEGMENTATION_CHANGED);
    }

    @Test
    void typedLineBreaksBecomeSpacesAndAnnotationsAndCodePointsAreRead() {
        Map<String, String> targets = Map.of(
                "refund-window.h", "ระยะเวลา\n   การคืนเงิน",
                "refund-window.li2", "<mrk id=\"m1\" type=\"term\">ตอบกลับ</mrk><sm id=\"s1\"/> ด้วย<em startRef=\"s1\"/>มาโคร <ph id=\"1\"/><cp hex=\"0007\"/>");

        ImportedTranslation imported = parse(Translator.withTargets(exported, targets));

        assertThat(imported.targets()).containsEntry("refund-window.h", "ระยะเวลา การคืนเงิน")
                .containsEntry("refund-window.li2", "ตอบกลับ ด้วยมาโคร `REF-OK`\u0007");
    }

    @Test
    void statesComeFromTheFile() {
        String reviewed = Translator.withTargets(exported, Map.of("refund-window.h", "ระยะเวลาการคืนเงิน"))
                .replace("state=\"translated\"", "state=\"reviewed\"");

        assertThat(parse(reviewed).translated()).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(TranslationState.REVIEWED));
    }
}
