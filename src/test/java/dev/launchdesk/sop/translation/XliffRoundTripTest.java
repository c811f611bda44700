package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

/**
 * Export, a translator fills in targets the way a CAT tool writes them (codes copied as {@code <ph>} and
 * {@code <pc>}, possibly moved), import, reassemble: the translated SOP keeps every parameter, link, code and
 * the document's structure.
 */
class XliffRoundTripTest {

    private final String source = SopFixtures.refundSop();
    private final SegmentedSop sop = SopSegmenter.segment(source);

    private Map<String, String> indonesian() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("_intro.p1", "Tangani setiap permintaan pengembalian dana dalam <pc id=\"1\" dataRefStart=\"d1s\" dataRefEnd=\"d1e\""
                + " type=\"fmt\" subType=\"xlf:b\">satu hari kerja</pc>. SOP ini berlaku untuk penjual di semua tingkatan marketplace.");
        t.put("refund-window.h", "Jangka waktu pengembalian dana");
        t.put("refund-window.p1", "Pembeli dapat meminta pengembalian dana dalam <ph id=\"1\" dataRef=\"d1\"/> hari setelah pengiriman."
                + " Setelah itu, lihat <pc id=\"2\">pengembalian dana terlambat</pc> dan eskalasikan ke <pc id=\"3\">pemilik kebijakan</pc>.");
        t.put("refund-window.p2", "<pc id=\"1\">Catatan:</pc> pesanan kampanye (12.12, 11.11) mengikuti jangka waktu kampanye,"
                + " bukan jangka waktu standar.");
        t.put("steps.h", "Langkah-langkah");
        t.put("steps.li1", "Buka pesanan di <ph id=\"1\"/> dan periksa tanggal pengiriman.");
        t.put("steps.li2", "Bandingkan dengan <ph id=\"1\"/>; jika permintaan terlambat, balas dengan makro <ph id=\"2\"/>."
                + " Jangan menjanjikan apa pun.");
        t.put("steps.li3", "Setujui pengembalian dana hingga <ph id=\"1\"/> tanpa peninjauan.");
        t.put("steps.li4", "Jika pembeli mengirim foto, lampirkan ke tiket.");
        t.put("steps.li5", "Jika tidak, minta foto <pc id=\"1\">melalui e-mail</pc> di chat.");
        t.put("steps.t1r1c1", "Kasus");
        t.put("steps.t1r1c2", "Siapa yang memutuskan");
        t.put("steps.t1r1c3", "Tenggat");
        t.put("steps.t1r2c1", "Barang rusak");
        t.put("steps.t1r2c2", "Agen");
        t.put("steps.t1r2c3", "1 hari");
        t.put("steps.t1r3c1", "Barang salah");
        t.put("steps.t1r3c2", "Ketua tim");
        t.put("steps.t1r3c3", "2 hari");
        t.put("escalation.h", "Eskalasi");
        t.put("escalation.p1", "Eskalasikan ke pimpinan dukungan penjual melalui <ph id=\"1\"/>.<ph id=\"2\"/>Biarkan tiket tetap"
                + " terbuka sampai pengembalian dana dibayar.");
        t.put("escalation.p2", "<pc id=\"1\">Diagram alur pengembalian dana</pc>");
        return t;
    }

    private ImportedTranslation roundTrip(String trgLang, Map<String, String> targets) throws Exception {
        String exported = new XliffExport().export(SopFixtures.job(sop, trgLang));
        String translated = Translator.withCopiedCodes(exported, targets);
        OkapiXliff.oasisSchema().newValidator().validate(new StreamSource(new StringReader(translated)));
        return new XliffImport().parse(SopFixtures.utf8(translated), ExpectedSegments.of(SopFixtures.VERSION, "en", trgLang, sop));
    }

    @Test
    void indonesianTranslationOfEverySegmentGivesTheTranslatedSop() throws Exception {
        ImportedTranslation imported = roundTrip("id", indonesian());

        SegmentedSop.Reassembled result = sop.reassemble(imported.targets());

        assertThat(imported.untranslated()).isEmpty();
        assertThat(imported.translated()).allSatisfy(s -> assertThat(s.state()).isEqualTo(TranslationState.TRANSLATED));
        assertThat(result.untranslated()).isEmpty();
        assertThat(result.markdown()).isEqualTo(resource("refund-sop.id.md"));
    }

    @Test
    void okapiReadsTheTranslatedFileToTheSameTargets() throws Exception {
        String translated = Translator.withCopiedCodes(new XliffExport().export(SopFixtures.job(sop, "id")), indonesian());
        ImportedTranslation imported = new XliffImport().parse(SopFixtures.utf8(translated),
                ExpectedSegments.of(SopFixtures.VERSION, "en", "id", sop));

        assertThat(OkapiXliff.contents(SopFixtures.utf8(translated), true)).containsExactlyEntriesOf(imported.targets());
    }

    @Test
    void thaiTranslatorMovesCodesAndLeavesSomeSegmentsForLater() throws Exception {
        Map<String, String> thai = new LinkedHashMap<>();
        thai.put("refund-window.h", "ระยะเวลาการคืนเงิน");
        thai.put("refund-window.p1", "ผู้ซื้อสามารถขอคืนเงินได้ภายใน <ph id=\"1\"/> วันหลังจากได้รับสินค้า หลังจากนั้นให้ดู"
                + "<pc id=\"2\">การคืนเงินล่าช้า</pc>และส่งต่อให้<pc id=\"3\">เจ้าของนโยบาย</pc>");
        thai.put("steps.li3", "อนุมัติการคืนเงินได้ไม่เกิน <ph id=\"1\"/> โดยไม่ต้องตรวจสอบ");
        thai.put("steps.t1r2c1", "สินค้าเสียหาย");
        thai.put("steps.t1r2c2", "");

        ImportedTranslation imported = roundTrip("th", thai);
        SegmentedSop.Reassembled result = sop.reassemble(imported.targets());

        assertThat(imported.targets()).containsOnlyKeys("refund-window.h", "refund-window.p1", "steps.li3", "steps.t1r2c1");
        assertThat(imported.untranslated()).hasSize(sop.segments().size() - 4).contains("steps.t1r2c2", "steps.h")
                .doesNotContain("refund-window.h");
        assertThat(result.markdown())
                .contains("# ระยะเวลาการคืนเงิน\n")
                .contains("ผู้ซื้อสามารถขอคืนเงินได้ภายใน {{refund.window.days}} วันหลังจากได้รับสินค้า หลังจากนั้นให้ดู"
                        + "[การคืนเงินล่าช้า](https://help.example.com/refunds/late \"Late refunds\")และส่งต่อให้*เจ้าของนโยบาย*\n")
                .contains("3. อนุมัติการคืนเงินได้ไม่เกิน {{refund.auto_approve.limit}} โดยไม่ต้องตรวจสอบ\n")
                .contains("| สินค้าเสียหาย | Agent | 1 day |\n")
                .contains("## Steps\n");
        assertThat(result.untranslated()).hasSize(sop.segments().size() - 4).contains("steps.h", "steps.t1r2c2");
    }

    @Test
    void vietnameseTranslationWithCodesInADifferentOrder() throws Exception {
        Map<String, String> vietnamese = new LinkedHashMap<>();
        vietnamese.put("steps.h", "Các bước");
        vietnamese.put("steps.li2", "So sánh với <ph id=\"1\"/>; nếu yêu cầu trễ hạn, hãy trả lời bằng macro <ph id=\"2\"/>."
                + " Không hứa hẹn bất cứ điều gì.");
        vietnamese.put("refund-window.p1", "Sau <ph id=\"1\"/> ngày kể từ khi giao hàng, người mua không thể yêu cầu hoàn tiền nữa;"
                + " hãy chuyển cho <pc id=\"3\">chủ sở hữu chính sách</pc> và xem <pc id=\"2\">hoàn tiền trễ hạn</pc>.");
        vietnamese.put("steps.t1r1c2", "Người quyết định | cấp");

        ImportedTranslation imported = roundTrip("vi", vietnamese);
        String markdown = sop.reassemble(imported.targets()).markdown();

        assertThat(markdown)
                .contains("## Các bước\n")
                .contains("2. So sánh với {{refund.window.days}}; nếu yêu cầu trễ hạn, hãy trả lời bằng macro `REF-LATE`."
                        + " Không hứa hẹn bất cứ điều gì.\n")
                .contains("Sau {{refund.window.days}} ngày kể từ khi giao hàng, người mua không thể yêu cầu hoàn tiền nữa;"
                        + " hãy chuyển cho *chủ sở hữu chính sách* và xem"
                        + " [hoàn tiền trễ hạn](https://help.example.com/refunds/late \"Late refunds\").\n")
                .contains("| Case | Người quyết định \\| cấp | Deadline |\n");
    }

    @Test
    void translatingEverySegmentAsItsSourceGivesTheSourceBackUpToJoinedLines() throws Exception {
        Map<String, String> identity = new LinkedHashMap<>();
        String exported = new XliffExport().export(SopFixtures.job(sop, "id"));
        for (SopSegment segment : sop.segments()) {
            String sourceXml = exported.replaceAll("(?s).*<unit id=\"" + java.util.regex.Pattern.quote(segment.id())
                    + "\">.*?<source>(.*?)</source>.*", "$1");
            identity.put(segment.id(), sourceXml);
        }

        ImportedTranslation imported = roundTrip("id", identity);

        String joined = source
                .replace("sellers in all\nmarketplace", "sellers in all marketplace")
                .replace("delivery. After that, see\n[late", "delivery. After that, see [late")
                .replace("escalate to the\n*policy", "escalate to the *policy")
                .replace("`REF-LATE`.\n   Do not", "`REF-LATE`. Do not");
        assertThat(sop.reassemble(imported.targets()).markdown()).isEqualTo(joined);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = XliffRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
