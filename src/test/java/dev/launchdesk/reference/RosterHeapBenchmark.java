package dev.launchdesk.reference;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Heap cost of reading an XLSX roster: the workbook object model (how rosters were read before, WorkbookFactory + a
 * loop over the rows) against the streamed read ({@link RosterWorkbook}). Prints, per file, the peak heap in use while
 * reading (garbage included: what the collector had to make room for) and the wall time. Run in a JVM of its own:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/benchmark.classpath) dev.launchdesk.reference.RosterHeapBenchmark
 * </pre>
 * and again with {@code -Xmx256m}: a heap that the streamed read fits in and the object model does not.
 */
public final class RosterHeapBenchmark {

    private static final long MB = 1024 * 1024;

    private RosterHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        byte[] big = roster(rowsForSize(3_900_000));
        byte[] limit = roster(RosterFile.MAX_ROWS);
        report("3.7 MB roster, object model (before)", big, () -> objectModel(big));
        report("3.7 MB roster, streamed (now)", big, () -> streamed(big));
        report("20,000-row roster, object model (before)", limit, () -> objectModel(limit));
        report("20,000-row roster, streamed (now)", limit, () -> streamed(limit));
    }

    private static void report(String name, byte[] file, Supplier<String> read) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = read.get();
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%-42s file %5.2f MB  peak heap %,7d MB (%,d MB above the start)  %,6d ms  %s%n", name,
                file.length / (double) MB, peak / MB, (peak - before) / MB, millis, outcome);
    }

    /** The streamed read, as the roster import does it. */
    private static String streamed(byte[] file) {
        try {
            return RosterFile.read("roster.xlsx", file).lines().size() + " rows read";
        } catch (RosterRejectedException e) {
            return "rejected: " + e.problems().get(0).message();
        }
    }

    /** The read before: the whole workbook as objects, then the rows. */
    private static String objectModel(byte[] file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            int rows = 0;
            for (Row row : workbook.getSheetAt(0)) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    formatter.formatCellValue(row.getCell(c));
                }
                rows++;
                if (rows > RosterFile.MAX_ROWS + 1) {
                    return "rejected after the workbook was loaded: more than " + RosterFile.MAX_ROWS + " rows";
                }
            }
            return rows + " rows read";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rowsForSize(long bytes) throws IOException {
        int probe = 10_000;
        return (int) (bytes * probe / roster(probe).length);
    }

    /** A vendor's roster with every column filled, written with POI's streaming writer. */
    static byte[] roster(int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Roster");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            Row header = sheet.createRow(0);
            List<String> columns = RosterImport.COLUMNS;
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("NCS-" + (100_000 + r));
                row.createCell(1).setCellValue("Agent Number " + r + " Lestari");
                row.createCell(2).setCellValue("agent" + r + "@ncs.example.co.id");
                row.createCell(3).setCellValue("NCS");
                row.createCell(4).setCellValue("JKT-1");
                row.createCell(5).setCellValue(r % 3 == 0 ? "id, en" : "id");
                row.createCell(6).setCellValue(r % 2 == 0 ? "refunds, chat, returns" : "logistics, voice");
                row.createCell(7).setCellValue(r % 10 == 0 ? "ONBOARDING" : "ACTIVE");
                row.createCell(8).setCellValue(LocalDate.of(2020, 1, 1).plusDays(r % 2000));
                row.getCell(8).setCellStyle(date);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
