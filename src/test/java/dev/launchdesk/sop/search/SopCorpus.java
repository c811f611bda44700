package dev.launchdesk.sop.search;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Six seller-support SOPs (returns and refunds, account suspension appeal, late shipment,
 * counterfeit report, campaign vouchers, payouts) as the markets SG (English), ID (Indonesian),
 * MY (Malay), TH (Thai), VN (Vietnamese) and MX (Spanish) would word them. Version ids are
 * {@code market-key}, e.g. {@code TH-RET-001}.
 */
final class SopCorpus {

    static final LocalDate EFFECTIVE = LocalDate.of(2025, 3, 1);

    static final String RETURNS = "RET-001";
    static final String SUSPENSION = "ACC-002";
    static final String LATE_SHIPMENT = "SHP-003";
    static final String COUNTERFEIT = "IPR-004";
    static final String VOUCHERS = "CMP-005";
    static final String PAYOUTS = "PAY-006";

    private SopCorpus() {
    }

    static List<SearchableSop> all() {
        return Stream.of(english(), indonesian(), malay(), thai(), vietnamese(), spanish()).flatMap(List::stream).toList();
    }

    static SearchableSop sop(String market, String language, String key, String title, String body) {
        return new SearchableSop(market + "-" + key, key, title, categoryOf(key), market, null, language, "PUBLISHED", body, EFFECTIVE);
    }

    static String categoryOf(String key) {
        return switch (key) {
            case RETURNS -> "Returns & Refunds";
            case SUSPENSION -> "Account Health";
            case LATE_SHIPMENT -> "Fulfilment";
            case COUNTERFEIT -> "Intellectual Property";
            case VOUCHERS -> "Campaigns";
            case PAYOUTS -> "Payments";
            default -> "Other";
        };
    }

    static List<SearchableSop> english() {
        return List.of(
                sop("SG", "en", RETURNS, "Returns and refunds for damaged or wrong items", """
                        Use this procedure when a buyer asks for a refund because the item arrived damaged, \
                        is not as described, or is the wrong item.

                        ## Steps
                        1. Check that the return request was raised within **15 days** of delivery.
                        2. Ask the buyer for photos of the item and of the parcel label.
                        3. If the photos show damage, approve the return and tell the seller that the item will be sent back.
                        4. The refund is issued to the original payment method once the seller confirms receipt \
                        of the returned item, or automatically after 5 days.

                        Sellers who dispute a refund must upload evidence in Seller Center before the dispute deadline.
                        """),
                sop("SG", "en", SUSPENSION, "Appealing an account suspension", """
                        Sellers whose shop has been suspended for policy violations can submit an appeal once.

                        - Confirm the reason for the suspension on the *Account Health* page.
                        - The seller submits the appeal form with an action plan and supporting documents, \
                        such as invoices from their supplier.
                        - Appeals are reviewed by the Trust & Safety team within 3 working days.
                        - Do not promise reinstatement; tell the seller that the decision is final after the review.
                        """),
                sop("SG", "en", LATE_SHIPMENT, "Late shipment: orders not shipped on time", """
                        An order counts as late when the seller does not hand the parcel to the courier within \
                        the days to ship (2 working days by default).

                        When a buyer contacts us about a late order:
                        1. Check the tracking status and the ship-by date.
                        2. If the ship-by date has passed, the buyer may cancel the order without penalty.
                        3. Remind the seller that a late shipment rate above 10% leads to penalty points.

                        Orders still not shipped 7 days after the ship-by date are cancelled automatically.
                        """),
                sop("SG", "en", COUNTERFEIT, "Reporting counterfeit products", """
                        Rights owners and buyers can report listings that sell counterfeit or fake branded goods.

                        - Collect the listing link, the brand name and proof of ownership of the trademark.
                        - Submit the report through the [IP Portal](https://ip.example.com/report); do not remove the listing yourself.
                        - The brand protection team decides within 5 working days and may delist the product and warn the seller.
                        - Repeat offenders lose their shop after the third confirmed counterfeit report.
                        """),
                sop("SG", "en", VOUCHERS, "Campaign vouchers for the 12.12 mega sale", """
                        During the 12.12 mega sale, sellers can join the campaign with shop vouchers and platform vouchers.

                        - A shop voucher is funded by the seller; a platform voucher is funded by the marketplace.
                        - Vouchers cannot be combined with a second shop voucher on the same order.
                        - If a buyer's voucher was not applied at checkout, ask for the order number and a screenshot, \
                        then raise a ticket to the campaign team.
                        - Vouchers are not refunded in cash when an order is cancelled; the voucher goes back to the \
                        buyer's account if the campaign is still running.
                        """),
                sop("SG", "en", PAYOUTS, "Seller payouts and payment schedule", """
                        Seller payouts are released to the registered bank account every Monday and Thursday.

                        - An order's income becomes payable 3 days after the buyer confirms receipt.
                        - If a payout failed, check that the bank account name matches the name on the shop's verification documents.
                        - Payouts on hold because of an open dispute are released once the dispute is closed.
                        - Sellers can download the income statement in Seller Center > Finance.
                        """));
    }

    static List<SearchableSop> indonesian() {
        return List.of(
                sop("ID", "id", RETURNS, "Pengembalian barang dan dana untuk produk rusak atau salah kirim", """
                        Gunakan prosedur ini jika pembeli meminta pengembalian dana karena barang yang diterima rusak, \
                        tidak sesuai deskripsi, atau salah kirim.

                        1. Pastikan permintaan pengembalian diajukan dalam 15 hari setelah barang diterima.
                        2. Minta pembeli mengirimkan foto barang dan label paket.
                        3. Jika foto menunjukkan kerusakan, setujui pengembalian dan beri tahu penjual bahwa barang akan dikirim balik.
                        4. Dana dikembalikan ke metode pembayaran awal setelah penjual mengonfirmasi barang telah diterima, \
                        atau otomatis setelah 5 hari.
                        """),
                sop("ID", "id", SUSPENSION, "Banding atas penangguhan akun penjual", """
                        Penjual yang tokonya ditangguhkan karena pelanggaran kebijakan dapat mengajukan banding satu kali.

                        - Periksa alasan penangguhan di halaman Kesehatan Akun.
                        - Penjual mengisi formulir banding beserta rencana perbaikan dan dokumen pendukung, misalnya faktur dari pemasok.
                        - Banding ditinjau oleh tim Trust & Safety dalam 3 hari kerja.
                        - Jangan menjanjikan pemulihan akun; sampaikan bahwa keputusan setelah peninjauan bersifat final.
                        """),
                sop("ID", "id", LATE_SHIPMENT, "Keterlambatan pengiriman pesanan", """
                        Pesanan dianggap terlambat jika penjual tidak menyerahkan paket ke kurir dalam masa pengemasan \
                        (2 hari kerja secara default).

                        Jika pembeli menghubungi kami tentang pesanan yang terlambat:
                        1. Periksa status pelacakan dan batas waktu pengiriman.
                        2. Jika batas waktu pengiriman sudah lewat, pembeli boleh membatalkan pesanan tanpa penalti.
                        3. Ingatkan penjual bahwa tingkat keterlambatan pengiriman di atas 10% menyebabkan poin penalti.

                        Pesanan yang tidak diserahkan ke kurir 7 hari setelah batas waktu dibatalkan secara otomatis.
                        """),
                sop("ID", "id", COUNTERFEIT, "Laporan produk palsu", """
                        Pemilik merek dan pembeli dapat melaporkan produk yang menjual barang palsu atau tiruan merek terkenal.

                        - Kumpulkan tautan produk, nama merek, dan bukti kepemilikan merek dagang.
                        - Ajukan laporan melalui Portal HKI; jangan menghapus produk sendiri.
                        - Tim perlindungan merek memutuskan dalam 5 hari kerja dan dapat menurunkan produk serta memberi peringatan kepada penjual.
                        - Penjual yang berulang kali melanggar akan kehilangan tokonya setelah laporan ketiga yang terbukti.
                        """),
                sop("ID", "id", VOUCHERS, "Voucher kampanye 12.12", """
                        Selama kampanye 12.12, penjual dapat ikut serta dengan voucher toko dan voucher platform.

                        - Voucher toko didanai oleh penjual; voucher platform didanai oleh marketplace.
                        - Voucher toko tidak dapat digabungkan dengan voucher toko kedua dalam satu pesanan.
                        - Jika voucher pembeli tidak terpakai saat checkout, minta nomor pesanan dan tangkapan layar, \
                        lalu buat tiket ke tim kampanye.
                        - Voucher tidak diuangkan jika pesanan dibatalkan; voucher dikembalikan ke akun pembeli \
                        selama kampanye masih berjalan.
                        """),
                sop("ID", "id", PAYOUTS, "Pencairan dana penjual dan jadwal pembayaran", """
                        Dana penjual dicairkan ke rekening bank terdaftar setiap Senin dan Kamis.

                        - Penghasilan pesanan dapat dicairkan 3 hari setelah pembeli mengonfirmasi penerimaan.
                        - Jika pencairan gagal, periksa apakah nama pemilik rekening sama dengan nama pada dokumen verifikasi toko.
                        - Dana yang ditahan karena sengketa terbuka dicairkan setelah sengketa selesai.
                        - Penjual dapat mengunduh laporan penghasilan di Seller Center > Keuangan.
                        """));
    }

    static List<SearchableSop> malay() {
        return List.of(
                sop("MY", "ms", RETURNS, "Pemulangan barang dan bayaran balik untuk item rosak atau salah", """
                        Gunakan prosedur ini apabila pembeli meminta bayaran balik kerana barang yang diterima rosak, \
                        tidak seperti yang diterangkan, atau item yang salah.

                        1. Pastikan permohonan pemulangan dibuat dalam tempoh 15 hari selepas penghantaran.
                        2. Minta pembeli menghantar gambar barang dan label bungkusan.
                        3. Jika gambar menunjukkan kerosakan, luluskan pemulangan dan maklumkan kepada penjual \
                        bahawa barang akan dipulangkan.
                        4. Bayaran balik dikreditkan ke kaedah pembayaran asal selepas penjual mengesahkan penerimaan \
                        barang, atau secara automatik selepas 5 hari.
                        """),
                sop("MY", "ms", SUSPENSION, "Rayuan penggantungan akaun penjual", """
                        Penjual yang kedainya digantung kerana melanggar dasar boleh mengemukakan rayuan sekali sahaja.

                        - Semak sebab penggantungan di halaman Kesihatan Akaun.
                        - Penjual mengisi borang rayuan bersama pelan tindakan dan dokumen sokongan, contohnya invois daripada pembekal.
                        - Rayuan disemak oleh pasukan Trust & Safety dalam masa 3 hari bekerja.
                        - Jangan menjanjikan akaun dipulihkan; maklumkan bahawa keputusan selepas semakan adalah muktamad.
                        """),
                sop("MY", "ms", LATE_SHIPMENT, "Penghantaran lewat: pesanan tidak dihantar tepat pada masanya", """
                        Pesanan dikira lewat apabila penjual tidak menyerahkan bungkusan kepada kurier dalam tempoh \
                        penyediaan (2 hari bekerja secara lalai).

                        Apabila pembeli menghubungi kami tentang pesanan yang lewat:
                        1. Semak status penjejakan dan tarikh akhir penghantaran.
                        2. Jika tarikh akhir penghantaran telah berlalu, pembeli boleh membatalkan pesanan tanpa penalti.
                        3. Ingatkan penjual bahawa kadar penghantaran lewat melebihi 10% akan menyebabkan mata penalti.

                        Pesanan yang masih belum dihantar 7 hari selepas tarikh akhir akan dibatalkan secara automatik.
                        """),
                sop("MY", "ms", COUNTERFEIT, "Laporan produk tiruan", """
                        Pemilik jenama dan pembeli boleh melaporkan penyenaraian yang menjual barang tiruan atau palsu berjenama.

                        - Kumpulkan pautan penyenaraian, nama jenama dan bukti pemilikan tanda dagangan.
                        - Hantar laporan melalui Portal IP; jangan padam penyenaraian sendiri.
                        - Pasukan perlindungan jenama membuat keputusan dalam 5 hari bekerja dan boleh menurunkan \
                        produk serta memberi amaran kepada penjual.
                        - Penjual yang mengulangi kesalahan akan kehilangan kedai selepas laporan barang tiruan ketiga yang disahkan.
                        """),
                sop("MY", "ms", VOUCHERS, "Baucar kempen jualan mega 12.12", """
                        Semasa jualan mega 12.12, penjual boleh menyertai kempen dengan baucar kedai dan baucar platform.

                        - Baucar kedai dibiayai oleh penjual; baucar platform dibiayai oleh marketplace.
                        - Baucar tidak boleh digabungkan dengan baucar kedai kedua dalam pesanan yang sama.
                        - Jika baucar pembeli tidak digunakan semasa pembayaran, minta nombor pesanan dan tangkapan skrin, \
                        kemudian buka tiket kepada pasukan kempen.
                        - Baucar tidak dibayar balik secara tunai apabila pesanan dibatalkan; baucar dikembalikan ke akaun \
                        pembeli jika kempen masih berjalan.
                        """),
                sop("MY", "ms", PAYOUTS, "Pembayaran kepada penjual dan jadual pembayaran", """
                        Pembayaran kepada penjual dibuat ke akaun bank berdaftar setiap Isnin dan Khamis.

                        - Pendapatan pesanan boleh dibayar 3 hari selepas pembeli mengesahkan penerimaan.
                        - Jika pembayaran gagal, semak sama ada nama pemegang akaun bank sepadan dengan nama pada \
                        dokumen pengesahan kedai.
                        - Pembayaran yang ditahan kerana pertikaian terbuka akan dilepaskan selepas pertikaian selesai.
                        - Penjual boleh memuat turun penyata pendapatan di Seller Centre > Kewangan.
                        """));
    }

    static List<SearchableSop> thai() {
        return List.of(
                sop("TH", "th", RETURNS, "การคืนสินค้าและคืนเงินสำหรับสินค้าชำรุดหรือส่งผิด", """
                        ใช้ขั้นตอนนี้เมื่อผู้ซื้อขอคืนเงินเพราะได้รับสินค้าชำรุด ไม่ตรงตามรายละเอียด หรือได้รับสินค้าผิดรายการ

                        1. ตรวจสอบว่าผู้ซื้อยื่นคำขอคืนสินค้าภายใน 15 วันหลังได้รับสินค้า
                        2. ขอให้ผู้ซื้อส่งรูปถ่ายสินค้าและฉลากพัสดุ
                        3. หากรูปถ่ายแสดงความเสียหาย ให้อนุมัติการคืนสินค้าและแจ้งผู้ขายว่าสินค้าจะถูกส่งกลับ
                        4. ระบบจะคืนเงินเข้าช่องทางชำระเงินเดิมเมื่อผู้ขายยืนยันว่าได้รับสินค้าคืนแล้ว หรือคืนอัตโนมัติหลังจาก 5 วัน
                        """),
                sop("TH", "th", SUSPENSION, "การยื่นอุทธรณ์เมื่อบัญชีผู้ขายถูกระงับ", """
                        ผู้ขายที่ร้านค้าถูกระงับเนื่องจากละเมิดนโยบายสามารถยื่นอุทธรณ์ได้หนึ่งครั้ง

                        - ตรวจสอบสาเหตุของการระงับบัญชีในหน้าสุขภาพบัญชี
                        - ผู้ขายกรอกแบบฟอร์มอุทธรณ์พร้อมแผนการแก้ไขและเอกสารประกอบ เช่น ใบกำกับสินค้าจากซัพพลายเออร์
                        - ทีม Trust & Safety จะพิจารณาคำอุทธรณ์ภายใน 3 วันทำการ
                        - ห้ามสัญญาว่าจะเปิดร้านค้าคืน ให้แจ้งว่าผลการพิจารณาถือเป็นที่สิ้นสุด
                        """),
                sop("TH", "th", LATE_SHIPMENT, "การจัดส่งล่าช้า: คำสั่งซื้อที่ไม่ได้จัดส่งตามกำหนด", """
                        คำสั่งซื้อถือว่าล่าช้าเมื่อผู้ขายไม่ได้ส่งพัสดุให้บริษัทขนส่งภายในระยะเวลาเตรียมสินค้า (ค่าเริ่มต้น 2 วันทำการ)

                        เมื่อผู้ซื้อติดต่อเรื่องคำสั่งซื้อล่าช้า:
                        1. ตรวจสอบสถานะการติดตามพัสดุและวันที่ต้องจัดส่ง
                        2. หากเลยวันที่ต้องจัดส่งแล้ว ผู้ซื้อสามารถยกเลิกคำสั่งซื้อได้โดยไม่มีค่าปรับ
                        3. แจ้งผู้ขายว่าอัตราการจัดส่งล่าช้าเกิน 10% จะทำให้ได้รับคะแนนโทษ

                        คำสั่งซื้อที่ยังไม่ได้จัดส่งภายใน 7 วันหลังวันที่ต้องจัดส่งจะถูกยกเลิกโดยอัตโนมัติ
                        """),
                sop("TH", "th", COUNTERFEIT, "การรายงานสินค้าปลอมแปลงเครื่องหมายการค้า", """
                        เจ้าของแบรนด์และผู้ซื้อสามารถรายงานรายการสินค้าที่ขายสินค้าปลอมหรือสินค้าเลียนแบบแบรนด์ดัง

                        - รวบรวมลิงก์สินค้า ชื่อแบรนด์ และหลักฐานการเป็นเจ้าของเครื่องหมายการค้า
                        - ส่งรายงานผ่านพอร์ทัลทรัพย์สินทางปัญญา ห้ามลบรายการสินค้าเอง
                        - ทีมคุ้มครองแบรนด์จะตัดสินภายใน 5 วันทำการ และอาจระงับรายการสินค้าพร้อมตักเตือนผู้ขาย
                        - ผู้ขายที่กระทำผิดซ้ำจะถูกปิดร้านค้าหลังจากมีรายงานสินค้าปลอมที่ได้รับการยืนยันครั้งที่สาม
                        """),
                sop("TH", "th", VOUCHERS, "โค้ดส่วนลดแคมเปญ 12.12", """
                        ในช่วงแคมเปญ 12.12 ผู้ขายสามารถเข้าร่วมด้วยโค้ดส่วนลดร้านค้าและโค้ดส่วนลดจากแพลตฟอร์ม

                        - โค้ดส่วนลดร้านค้าผู้ขายเป็นผู้ออกค่าใช้จ่าย ส่วนโค้ดส่วนลดแพลตฟอร์มมาร์เก็ตเพลสเป็นผู้ออกค่าใช้จ่าย
                        - ไม่สามารถใช้โค้ดส่วนลดร้านค้าสองใบในคำสั่งซื้อเดียวกัน
                        - หากโค้ดส่วนลดของผู้ซื้อใช้ไม่ได้ตอนชำระเงิน ให้ขอหมายเลขคำสั่งซื้อและภาพหน้าจอ แล้วเปิดทิกเก็ตถึงทีมแคมเปญ
                        - โค้ดส่วนลดไม่สามารถแลกเป็นเงินสดเมื่อยกเลิกคำสั่งซื้อ ระบบจะคืนโค้ดให้ผู้ซื้อหากแคมเปญยังไม่สิ้นสุด
                        """),
                sop("TH", "th", PAYOUTS, "การโอนเงินให้ผู้ขายและรอบการจ่ายเงิน", """
                        ระบบโอนเงินรายได้ให้ผู้ขายเข้าบัญชีธนาคารที่ลงทะเบียนไว้ทุกวันจันทร์และวันพฤหัสบดี

                        - รายได้จากคำสั่งซื้อจะพร้อมโอนหลังจากผู้ซื้อยืนยันการรับสินค้า 3 วัน
                        - หากการโอนเงินไม่สำเร็จ ให้ตรวจสอบว่าชื่อบัญชีธนาคารตรงกับชื่อในเอกสารยืนยันตัวตนของร้านค้า
                        - เงินที่ถูกพักไว้เนื่องจากมีข้อพิพาทจะโอนให้หลังจากข้อพิพาทสิ้นสุด
                        - ผู้ขายสามารถดาวน์โหลดรายงานรายได้ได้ที่ Seller Center > การเงิน
                        """));
    }

    static List<SearchableSop> vietnamese() {
        return List.of(
                sop("VN", "vi", RETURNS, "Trả hàng và hoàn tiền cho sản phẩm bị hư hỏng hoặc giao sai", """
                        Áp dụng quy trình này khi người mua yêu cầu hoàn tiền vì sản phẩm nhận được bị hư hỏng, \
                        không đúng mô tả hoặc giao sai sản phẩm.

                        1. Kiểm tra yêu cầu trả hàng được gửi trong vòng 15 ngày kể từ khi nhận hàng.
                        2. Yêu cầu người mua cung cấp ảnh sản phẩm và nhãn gói hàng.
                        3. Nếu ảnh cho thấy hư hỏng, chấp nhận yêu cầu trả hàng và thông báo cho người bán rằng \
                        sản phẩm sẽ được gửi trả lại.
                        4. Tiền được hoàn về phương thức thanh toán ban đầu khi người bán xác nhận đã nhận lại hàng, \
                        hoặc tự động sau 5 ngày.
                        """),
                sop("VN", "vi", SUSPENSION, "Khiếu nại khi tài khoản người bán bị đình chỉ", """
                        Người bán có shop bị đình chỉ do vi phạm chính sách có thể gửi khiếu nại một lần.

                        - Kiểm tra lý do đình chỉ tại trang Sức khỏe tài khoản.
                        - Người bán điền biểu mẫu khiếu nại kèm kế hoạch khắc phục và tài liệu chứng minh, \
                        ví dụ hóa đơn từ nhà cung cấp.
                        - Đội Trust & Safety xem xét khiếu nại trong vòng 3 ngày làm việc.
                        - Không hứa hẹn mở lại tài khoản; thông báo rằng quyết định sau khi xem xét là quyết định cuối cùng.
                        """),
                sop("VN", "vi", LATE_SHIPMENT, "Giao hàng trễ: đơn hàng không được giao đúng hạn", """
                        Đơn hàng bị tính là trễ khi người bán không bàn giao gói hàng cho đơn vị vận chuyển trong \
                        thời gian chuẩn bị hàng (mặc định 2 ngày làm việc).

                        Khi người mua liên hệ về đơn hàng bị trễ:
                        1. Kiểm tra trạng thái vận chuyển và hạn giao hàng.
                        2. Nếu đã quá hạn giao hàng, người mua có thể hủy đơn mà không bị phạt.
                        3. Nhắc người bán rằng tỷ lệ giao hàng trễ trên 10% sẽ bị tính điểm phạt.

                        Đơn hàng vẫn chưa được giao sau 7 ngày kể từ hạn giao hàng sẽ tự động bị hủy.
                        """),
                sop("VN", "vi", COUNTERFEIT, "Báo cáo hàng giả, hàng nhái", """
                        Chủ sở hữu thương hiệu và người mua có thể báo cáo sản phẩm bán hàng giả hoặc hàng nhái \
                        thương hiệu nổi tiếng.

                        - Thu thập đường dẫn sản phẩm, tên thương hiệu và bằng chứng sở hữu nhãn hiệu.
                        - Gửi báo cáo qua Cổng Sở hữu trí tuệ; không tự xóa sản phẩm.
                        - Đội bảo vệ thương hiệu quyết định trong vòng 5 ngày làm việc và có thể gỡ sản phẩm, \
                        đồng thời cảnh cáo người bán.
                        - Người bán tái phạm sẽ bị khóa shop sau lần thứ ba bị xác nhận bán hàng giả.
                        """),
                sop("VN", "vi", VOUCHERS, "Mã giảm giá chiến dịch 12.12", """
                        Trong đợt siêu sale 12.12, người bán có thể tham gia chiến dịch bằng mã giảm giá của shop \
                        và mã giảm giá của sàn.

                        - Mã giảm giá của shop do người bán tài trợ; mã giảm giá của sàn do sàn tài trợ.
                        - Không thể dùng hai mã giảm giá của shop cho cùng một đơn hàng.
                        - Nếu mã giảm giá của người mua không áp dụng được khi thanh toán, hãy xin mã đơn hàng và \
                        ảnh chụp màn hình, rồi tạo phiếu hỗ trợ gửi đội chiến dịch.
                        - Mã giảm giá không được quy đổi thành tiền mặt khi hủy đơn; mã sẽ được hoàn lại vào tài khoản \
                        người mua nếu chiến dịch vẫn còn diễn ra.
                        """),
                sop("VN", "vi", PAYOUTS, "Thanh toán cho người bán và lịch chuyển tiền", """
                        Tiền hàng được chuyển vào tài khoản ngân hàng đã đăng ký của người bán vào thứ Hai và thứ Năm hằng tuần.

                        - Doanh thu của đơn hàng được thanh toán 3 ngày sau khi người mua xác nhận đã nhận hàng.
                        - Nếu chuyển tiền thất bại, kiểm tra tên chủ tài khoản ngân hàng có trùng với tên trên giấy tờ \
                        xác minh của shop không.
                        - Tiền bị tạm giữ do tranh chấp sẽ được chuyển sau khi tranh chấp kết thúc.
                        - Người bán có thể tải báo cáo doanh thu tại Seller Center > Tài chính.
                        """));
    }

    static List<SearchableSop> spanish() {
        return List.of(
                sop("MX", "es", RETURNS, "Devolución y reembolso de productos dañados o incorrectos", """
                        Usa este procedimiento cuando un comprador solicita un reembolso porque el producto llegó dañado, \
                        no coincide con la descripción o es un artículo equivocado.

                        1. Verifica que la solicitud de devolución se haya hecho dentro de los 15 días posteriores a la entrega.
                        2. Pide al comprador fotos del producto y de la etiqueta del paquete.
                        3. Si las fotos muestran daños, aprueba la devolución e informa al vendedor que el producto \
                        será enviado de regreso.
                        4. El reembolso se emite al método de pago original cuando el vendedor confirma la recepción \
                        del producto, o de forma automática después de 5 días.
                        """),
                sop("MX", "es", SUSPENSION, "Apelación por suspensión de cuenta", """
                        Los vendedores cuya tienda fue suspendida por infringir las políticas pueden presentar una \
                        apelación una sola vez.

                        - Confirma el motivo de la suspensión en la página Salud de la cuenta.
                        - El vendedor envía el formulario de apelación con un plan de acción y documentos de respaldo, \
                        como facturas de su proveedor.
                        - El equipo de Trust & Safety revisa las apelaciones en un plazo de 3 días hábiles.
                        - No prometas la reactivación; indica que la decisión es definitiva después de la revisión.
                        """),
                sop("MX", "es", LATE_SHIPMENT, "Envío tardío: pedidos no enviados a tiempo", """
                        Un pedido se considera tardío cuando el vendedor no entrega el paquete a la paquetería dentro \
                        del plazo de preparación (2 días hábiles por defecto).

                        Cuando un comprador nos contacta por un pedido retrasado:
                        1. Revisa el estado del rastreo y la fecha límite de envío.
                        2. Si la fecha límite de envío ya pasó, el comprador puede cancelar el pedido sin penalización.
                        3. Recuerda al vendedor que una tasa de envíos tardíos superior al 10% genera puntos de penalización.

                        Los pedidos que sigan sin enviarse 7 días después de la fecha límite se cancelan automáticamente.
                        """),
                sop("MX", "es", COUNTERFEIT, "Denuncia de productos falsificados", """
                        Los titulares de marcas y los compradores pueden denunciar publicaciones que venden productos \
                        falsificados o imitaciones de marcas.

                        - Reúne el enlace de la publicación, el nombre de la marca y la prueba de titularidad de la marca registrada.
                        - Envía la denuncia a través del Portal de PI; no elimines la publicación tú mismo.
                        - El equipo de protección de marcas decide en un plazo de 5 días hábiles y puede dar de baja \
                        el producto y advertir al vendedor.
                        - Los vendedores reincidentes pierden su tienda después de la tercera denuncia confirmada.
                        """),
                sop("MX", "es", VOUCHERS, "Cupones de la campaña 12.12", """
                        Durante la gran venta 12.12, los vendedores pueden participar en la campaña con cupones de \
                        tienda y cupones de la plataforma.

                        - El cupón de tienda lo financia el vendedor; el cupón de la plataforma lo financia el marketplace.
                        - Los cupones no se pueden combinar con un segundo cupón de tienda en el mismo pedido.
                        - Si el cupón del comprador no se aplicó al pagar, pide el número de pedido y una captura de \
                        pantalla, y abre un ticket al equipo de campaña.
                        - Los cupones no se canjean por efectivo si se cancela el pedido; el cupón vuelve a la cuenta \
                        del comprador si la campaña sigue activa.
                        """),
                sop("MX", "es", PAYOUTS, "Pago a vendedores y calendario de liquidación", """
                        El pago a los vendedores se deposita en la cuenta bancaria registrada cada lunes y jueves.

                        - El ingreso de un pedido se puede liquidar 3 días después de que el comprador confirma la recepción.
                        - Si un pago falló, verifica que el titular de la cuenta bancaria coincida con el nombre en los \
                        documentos de verificación de la tienda.
                        - El pago retenido por una disputa abierta se libera cuando la disputa se cierra.
                        - Los vendedores pueden descargar el estado de ingresos en Seller Center > Finanzas.
                        """));
    }
}
