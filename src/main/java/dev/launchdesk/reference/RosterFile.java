package dev.launchdesk.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import dev.launchdesk.shared.UserTexts;

/**
 * A roster file read into rows of text cells, CSV (UTF-8, FastCSV) or Excel (streamed with Apache POI, {@link RosterWorkbook}).
 * Row numbers are the ones a person sees in a spreadsheet: the header is row 1.
 */
record RosterFile(List<String> header, List<RosterFile.Line> lines) {

    static final int MAX_ROWS = 20_000;

    record Line(int rowNumber, List<String> cells) {
    }

    static RosterFile read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw RosterRejectedException.ofFile(UserTexts.of("problem.shared.file.empty"));
        }
        return isExcel(fileName, content) ? readExcel(content) : readCsv(content);
    }

    private static boolean isExcel(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zipMagic = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        return name.endsWith(".xlsx") || name.endsWith(".xls") || zipMagic;
    }

    private static RosterFile readCsv(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (Reader reader = strictUtf8(content);
             CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowUnclosedQuote(false)
                     .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader)) {
            for (CsvRecord record : csv) {
                rows.add(record.getFields());
                numbers.add((int) record.getStartingLineNumber());
                checkSize(rows.size());
            }
        } catch (CsvParseException e) {
            throw RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.csv-unreadable", rootMessage(e)));
        } catch (IOException | java.io.UncheckedIOException e) {
            if (rootCause(e) instanceof CharacterCodingException) {
                throw RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.not-utf-8"));
            }
            throw RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.unreadable", rootMessage(e)));
        }
        return of(rows, numbers);
    }

    private static RosterFile readExcel(byte[] content) {
        List<Line> rows = RosterWorkbook.read(content, MAX_ROWS + 1);
        return of(rows.stream().map(Line::cells).toList(), rows.stream().map(Line::rowNumber).toList());
    }

    private static RosterFile of(List<List<String>> rows, List<Integer> numbers) {
        if (rows.isEmpty()) {
            throw RosterRejectedException.ofFile(UserTexts.of("problem.shared.file.empty"));
        }
        List<String> header = rows.get(0).stream().map(RosterFile::columnName).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            lines.add(new Line(numbers.get(i), rows.get(i)));
        }
        return new RosterFile(header, lines);
    }

    /** "Full Name" and "full_name" name the same column. */
    static String columnName(String raw) {
        return raw.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static void checkSize(int rows) {
        if (rows > MAX_ROWS + 1) {
            throw tooManyRows();
        }
    }

    static RosterRejectedException tooManyRows() {
        return RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.too-many-rows", String.valueOf(MAX_ROWS)));
    }

    /** A reader that fails on bytes that are not UTF-8, and skips a byte order mark. */
    private static Reader strictUtf8(byte[] content) {
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(content, offset, content.length - offset), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = rootCause(e);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
