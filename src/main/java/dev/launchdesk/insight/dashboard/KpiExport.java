package dev.launchdesk.insight.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.SpreadsheetCsv;
import dev.launchdesk.shared.UserTexts;

/**
 * A KPI report as a download: CSV (UTF-8, one header row: period, period_end, the group-by dimensions, tickets,
 * one column per KPI by its API name; undefined values empty) or an XLSX workbook with the same table and a
 * second sheet defining the KPIs.
 */
final class KpiExport {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** ISO 8601 day, the same text as the CSV and the API, but a date cell. */
    static final String DATE_FORMAT = "yyyy-mm-dd";

    private KpiExport() {
    }

    static ResponseEntity<byte[]> download(KpiReport report, String format) {
        String kind = format == null ? "csv" : format.trim().toLowerCase();
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw InvalidInputException.of("format", UserTexts.of("problem.insight.export.format-invalid"));
        }
        byte[] body = kind.equals("csv") ? csv(report) : xlsx(report);
        String name = "kpis-" + report.from() + "-" + report.to() + "." + kind;
        return ResponseEntity.ok().contentType(kind.equals("csv") ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    static byte[] csv(KpiReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
            csv.row(header(report));
            for (KpiReport.Line line : report.rows()) {
                List<String> record = new ArrayList<>();
                record.add(line.period() == null ? report.from().toString() : line.period().toString());
                record.add(periodEnd(report, line).toString());
                report.groupBy().forEach(d -> record.add(line.dimensions().get(d)));
                record.add(Long.toString(line.tickets()));
                report.kpis().forEach(k -> record.add(plain(line.values().get(k.name()))));
                csv.row(record);
            }
        }
        return out.toByteArray();
    }

    static byte[] xlsx(KpiReport report) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            Sheet sheet = workbook.createSheet("KPIs");
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 12 * 256);
            List<String> header = header(report);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (KpiReport.Line line : report.rows()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                dateCell(row, c++, line.period() == null ? report.from() : line.period(), date);
                dateCell(row, c++, periodEnd(report, line), date);
                for (String dimension : report.groupBy()) {
                    row.createCell(c++).setCellValue(line.dimensions().get(dimension));
                }
                row.createCell(c++).setCellValue(line.tickets());
                for (KpiReport.Definition kpi : report.kpis()) {
                    Double value = line.values().get(kpi.name());
                    Cell cell = row.createCell(c++);
                    if (value != null) {
                        cell.setCellValue(value);
                    }
                }
            }
            Sheet definitions = workbook.createSheet("Definitions");
            Row defHead = definitions.createRow(0);
            String[] columns = {"kpi", "label", "unit", "higher_is_better"};
            for (int c = 0; c < columns.length; c++) {
                defHead.createCell(c).setCellValue(columns[c]);
                defHead.getCell(c).setCellStyle(bold);
            }
            int d = 1;
            for (KpiReport.Definition kpi : report.kpis()) {
                Row row = definitions.createRow(d++);
                row.createCell(0).setCellValue(kpi.name());
                row.createCell(1).setCellValue(kpi.label());
                row.createCell(2).setCellValue(kpi.unit());
                row.createCell(3).setCellValue(kpi.higherIsBetter());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real Excel date (a day number with a date format), so spreadsheets sort, filter and compute with it. */
    private static void dateCell(Row row, int column, java.time.LocalDate day, CellStyle date) {
        Cell cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(date);
    }

    private static List<String> header(KpiReport report) {
        List<String> header = new ArrayList<>(List.of("period", "period_end"));
        header.addAll(report.groupBy());
        header.add("tickets");
        report.kpis().forEach(k -> header.add(k.name()));
        return header;
    }

    private static java.time.LocalDate periodEnd(KpiReport report, KpiReport.Line line) {
        if (line.period() == null) {
            return report.to();
        }
        java.time.LocalDate end = report.granularity().equals("week") ? line.period().plusDays(6) : line.period();
        return end.isAfter(report.to()) ? report.to() : end;
    }

    /** Up to six decimals, no exponent, no trailing zeros; empty when undefined. */
    static String plain(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
