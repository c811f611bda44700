package dev.launchdesk.training.bank.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import dev.launchdesk.shared.SpreadsheetCsv;
import dev.launchdesk.shared.UserTexts;

/**
 * A question bank as CSV: UTF-8 (a byte-order mark is skipped), comma-separated, one question per row with the
 * columns of {@link BankSheet}; written the way LaunchDesk writes every CSV ({@link SpreadsheetCsv}: byte-order mark,
 * CRLF, formula triggers neutralised, which reading undoes).
 */
public final class BankCsv {

    private BankCsv() {
    }

    public static BankReading read(byte[] content, BankDefaults defaults) {
        Optional<String> text = BankFiles.utf8(content);
        if (text.isEmpty()) {
            return fileProblem(UserTexts.of("problem.training.bank.notUtf8"));
        }
        List<BankSheet.Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .allowUnclosedQuote(false).ofCsvRecord(new StringReader(text.get()))) {
            int number = 0;
            for (CsvRecord record : csv) {
                number++;
                List<String> cells = record.getFields().stream().map(SpreadsheetCsv::restored).toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new BankSheet.Row(number, cells));
                if (rows.size() > BankSheet.MAX_ROWS + 1) {
                    return fileProblem(UserTexts.of("problem.training.bank.tooMany", String.valueOf(BankSheet.MAX_ROWS)));
                }
            }
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            return fileProblem(UserTexts.of("problem.training.bank.sheet.unreadableCsv"));
        }
        if (rows.isEmpty()) {
            return fileProblem(UserTexts.of("problem.training.bank.empty"));
        }
        return BankSheet.read(rows.get(0), rows.subList(1, rows.size()), defaults);
    }

    /** Writes the header and one row per question; the stream is closed. */
    public static void write(List<QuestionDraft> questions, OutputStream out) {
        try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
            csv.row(BankSheet.COLUMNS);
            for (QuestionDraft question : questions) {
                csv.row(BankSheet.cells(question));
            }
        }
    }

    static BankReading fileProblem(String message) {
        return BankReading.failed(List.of(new BankProblem(0, null, null, message)));
    }
}
