package dev.launchdesk.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The one way LaunchDesk writes CSV for people to open in a spreadsheet: UTF-8 with a byte-order mark (without it
 * Excel reads the file in the machine's ANSI code page and Thai or Malay names turn to mojibake), CRLF line ends as
 * RFC 4180 has them, and every cell that a spreadsheet would run as a formula neutralised as OWASP recommends
 * ("CSV Injection"): a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading apostrophe. A cell that is a plain decimal number ({@code -3}, {@code -0.25}) is a number,
 * not a formula, and stays as it is, so negative values keep working as numbers.
 */
public final class SpreadsheetCsv implements Closeable {

    /** The byte-order mark written first. */
    public static final String BOM = "\uFEFF";

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private final CsvWriter csv;

    private SpreadsheetCsv(Writer writer) throws IOException {
        writer.write(BOM);
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
    }

    /** A writer on the stream (UTF-8, the byte-order mark written at once); closing it closes the stream. */
    public static SpreadsheetCsv on(OutputStream out) {
        return on(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A writer on a character stream (the byte-order mark written at once); closing it closes the writer. */
    public static SpreadsheetCsv on(Writer writer) {
        try {
            return new SpreadsheetCsv(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record; {@code null} cells are empty. */
    public SpreadsheetCsv row(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(neutralised(cell));
        }
        csv.writeRecord(safe);
        return this;
    }

    public SpreadsheetCsv row(String... cells) {
        return row(List.of(cells));
    }

    /** The cell as it is safe to open in a spreadsheet: formula triggers get a leading apostrophe, numbers stay. */
    public static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!trigger || (first == '-' && NUMBER.matcher(cell).matches())) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * A cell read back from a file LaunchDesk wrote: the apostrophe that {@link #neutralised} put before a formula
     * trigger is taken off again, so an exported file can be corrected and imported again unchanged.
     */
    public static String restored(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        char next = cell.charAt(1);
        boolean trigger = next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r';
        return trigger ? cell.substring(1) : cell;
    }

    public void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
