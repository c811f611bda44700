package dev.launchdesk.sop.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Four seller-support SOPs of the Thai market, one of them in Thai; the texts are under src/test/resources. */
final class SampleHandbook {

    static final HandbookSop RETURNS = new HandbookSop("RET-001", "Returns & refunds", "Orders", 3,
            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1), text("RET-001.md"));
    static final HandbookSop LATE_SHIPMENT = new HandbookSop("SHP-014", "Late shipment", "Logistics", 7,
            LocalDate.of(2025, 2, 10), LocalDate.of(2025, 8, 10), text("SHP-014.md"));
    static final HandbookSop SUSPENSION_APPEAL = new HandbookSop("ACC-007", "Account suspension appeal", "Seller account", 2,
            LocalDate.of(2024, 11, 18), null, text("ACC-007.md"));
    static final HandbookSop COD_REFUSAL = new HandbookSop("COD-003", "การปฏิเสธรับพัสดุเก็บเงินปลายทาง", "คำสั่งซื้อ", 1,
            LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1), text("COD-003.md"));

    static final List<HandbookSop> SOPS = List.of(RETURNS, LATE_SHIPMENT, SUSPENSION_APPEAL, COD_REFUSAL);

    private SampleHandbook() {
    }

    static Handbook thailand() {
        return new Handbook("Seller support handbook: Thailand", "Thailand", "TH", "Siam Contact Services", "en",
                LocalDate.of(2025, 4, 15), SOPS);
    }

    static String text(String name) {
        try (InputStream in = SampleHandbook.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
