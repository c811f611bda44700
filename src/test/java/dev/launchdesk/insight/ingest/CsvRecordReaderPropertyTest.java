package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * The CSV reader that takes FastCSV's fields as spans ({@link CsvCells}, {@link CellStrings}) gives exactly the rows
 * of the way before it: FastCSV's own records, each cell {@link CsvRows#cell} of the field's string, and the same
 * refusal when the file cannot be read. Files of arbitrary text (quotes, separators, line breaks of every kind,
 * blank lines, spaces, neutralised formulas, Thai, tabs) behind a ticket header.
 */
class CsvRecordReaderPropertyTest {

    private static final String HEADER = "ticket_id, created_at ,market,vendor,site,channel,category,handle_time_seconds,notes,csat\n";
    private static final String[] PIECES = {"a", "TCK-1", "2025-09-01T17:56:47.461+08:00", ",", ",", "\"", "\"\"", "\n", "\r\n",
            "\r", " ", "  ", "\t", "'", "'=", "'-1", "'+x", "'@", "=1+2", "-", "é", "เจ้าหน้าที่", "MY", "NCS", "42", "", "\n\n"};

    @Test
    void readsEveryFileAsTheFieldStringsDid() {
        qt().withExamples(2_000).forAll(files()).checkAssert(text -> assertThat(spans(text)).as("%s", text.replace("\r", "\\r")
                .replace("\n", "\\n")).isEqualTo(strings(text)));
    }

    @Test
    void repeatedValuesAreOneInstanceAndManyDistinctValuesStillReadRight() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 3 * CellStrings.KEPT; i++) {
            file.append("T").append(i).append(",x,MY,NCS,site,chat,Orders,").append(i % 7).append(",,\n");
        }
        List<String> rows = spans(file.toString());
        assertThat(rows).isEqualTo(strings(file.toString()));
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(file.toString()), TicketParser.COLUMNS)) {
            RawRecord first = reader.next();
            RawRecord second = reader.next();
            assertThat(second.cell(4)).isSameAs(first.cell(4));
            assertThat(second.cell(8)).isSameAs(first.cell(8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Gen<String> files() {
        Gen<String> piece = integers().between(0, PIECES.length - 1).map(i -> PIECES[i]);
        return lists().of(piece).ofSizeBetween(0, 60).map(pieces -> HEADER + String.join("", pieces));
    }

    /** Each row as row number, cells and raw text, or the refusal, read the new way. */
    private static List<String> spans(String text) {
        List<String> rows = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text), TicketParser.COLUMNS)) {
            rows.add("header " + reader.headerLine() + " ignored " + reader.ignoredColumns());
            for (RawRecord record = reader.next(); record != null; record = reader.next()) {
                rows.add(record.rowNumber() + " " + Arrays.toString(record.cells()) + " " + record.raw());
            }
        } catch (ImportRejectedException e) {
            rows.add("refused: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    /** The same, read as before: FastCSV's records, a string per field, {@link CsvRows#cell} per mapped column. */
    private static List<String> strings(String text) {
        List<String> rows = new ArrayList<>();
        try (CsvRows csv = new CsvRows(new StringReader(text))) {
            List<String> header = csv.header();
            int[] positions = new int[header.size()];
            List<String> ignored = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                positions[i] = TicketParser.COLUMNS.indexOf(header.get(i)).orElse(-1);
                if (positions[i] < 0 && !header.get(i).isBlank()) {
                    ignored.add(header.get(i).strip());
                }
            }
            rows.add("header " + CsvRecordReader.line(header) + " ignored " + ignored);
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                List<String> fields = record.getFields();
                String[] cells = new String[TicketParser.COLUMNS.size()];
                for (int i = 0; i < fields.size() && i < positions.length; i++) {
                    if (positions[i] >= 0) {
                        cells[positions[i]] = CsvRows.cell(fields.get(i));
                    }
                }
                rows.add(record.getStartingLineNumber() + " " + Arrays.toString(cells) + " " + RawRecord.csv(0, cells, fields).raw());
            }
        } catch (ImportRejectedException e) {
            rows.add("refused: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
