package dev.launchdesk.insight.rca;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/**
 * Reads a cube in the layout of the RiskLoc and Squeeze benchmark files: a header row, then one
 * row per leaf; the columns {@code real} and {@code predict} hold the numbers, every other column
 * is a categorical dimension.
 *
 * <pre>
 * market,vendor,category,real,predict
 * ID,Vendor B,Refund,130,62.5
 * </pre>
 *
 * Reading is all or nothing: the first bad row stops it with a {@link CubeFormatException} that
 * names the row and the column.
 */
public final class CubeCsv {

    static final String REAL = "real";
    static final String PREDICT = "predict";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CubeCsv() {}

    public static Cube read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cube file " + file, e);
        }
    }

    public static Cube read(Reader reader) {
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader);
        Iterator<CsvRecord> records = csv.iterator();
        long lastRow = 0;
        try {
            if (!records.hasNext()) {
                throw new CubeFormatException(1, null, UserTexts.of("problem.insight.cube.empty"));
            }
            CsvRecord header = records.next();
            lastRow = header.getStartingLineNumber();
            CubeColumns columns = CubeColumns.of(header);
            Cube.Builder cube = Cube.builder(columns.dimensions());
            while (records.hasNext()) {
                CsvRecord record = records.next();
                lastRow = record.getStartingLineNumber();
                columns.addLeaf(record, cube);
            }
            Cube built = cube.build();
            if (built.size() == 0) {
                throw new CubeFormatException(lastRow + 1, null, UserTexts.of("problem.insight.cube.no-leaves"));
            }
            return built;
        } catch (CsvParseException e) {
            throw new CubeFormatException(lastRow + 1, null, UserTexts.of("problem.insight.cube.malformed", e.getMessage()));
        }
    }

    /** The roles of the header's columns. */
    private record CubeColumns(List<String> header, List<Integer> dimensionColumns, int real, int predict) {

        static CubeColumns of(CsvRecord header) {
            List<String> names = header.getFields().stream().map(String::strip).collect(Collectors.toList());
            if (!names.isEmpty() && names.get(0).startsWith(BYTE_ORDER_MARK)) {
                names.set(0, names.get(0).substring(1));
            }
            long row = header.getStartingLineNumber();
            requireUnique(names, row);
            int real = requireColumn(names, REAL, row);
            int predict = requireColumn(names, PREDICT, row);
            List<Integer> dimensions = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) {
                if (c != real && c != predict) {
                    requireNamed(names.get(c), c, row);
                    dimensions.add(c);
                }
            }
            if (dimensions.isEmpty() || dimensions.size() > Cube.MAX_DIMENSIONS) {
                throw new CubeFormatException(row, null,
                        UserTexts.of("problem.insight.cube.dimension-count",
                                String.valueOf(Cube.MAX_DIMENSIONS), String.valueOf(dimensions.size())));
            }
            return new CubeColumns(List.copyOf(names), List.copyOf(dimensions), real, predict);
        }

        List<String> dimensions() {
            return dimensionColumns.stream().map(header::get).toList();
        }

        void addLeaf(CsvRecord record, Cube.Builder cube) {
            long row = record.getStartingLineNumber();
            if (record.getFieldCount() != header.size()) {
                throw new CubeFormatException(row, null,
                        UserTexts.of("problem.insight.cube.field-count",
                                String.valueOf(header.size()), String.valueOf(record.getFieldCount())));
            }
            List<String> values = new ArrayList<>(dimensionColumns.size());
            for (int c : dimensionColumns) {
                values.add(record.getField(c));
            }
            cube.add(values, amount(record, real, row), amount(record, predict, row));
        }

        private double amount(CsvRecord record, int column, long row) {
            String text = record.getField(column).strip();
            String name = header.get(column);
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new CubeFormatException(row, name, UserTexts.of("problem.insight.cube.not-a-number", Echoed.quoted(text)));
            }
            if (!Double.isFinite(value)) {
                throw new CubeFormatException(row, name, UserTexts.of("problem.insight.cube.not-finite", Echoed.quoted(text)));
            }
            if (value < 0) {
                throw new CubeFormatException(row, name, UserTexts.of("problem.insight.cube.negative", Echoed.quoted(text)));
            }
            return value;
        }

        private static int requireColumn(List<String> names, String column, long row) {
            int index = names.indexOf(column);
            if (index < 0) {
                throw new CubeFormatException(row, column,
                        UserTexts.of("problem.insight.cube.measure-missing", String.valueOf(REAL), String.valueOf(PREDICT), names));
            }
            return index;
        }

        private static void requireNamed(String name, int index, long row) {
            if (name.isEmpty()) {
                throw new CubeFormatException(row, "#" + (index + 1), UserTexts.of("problem.insight.cube.dimension-unnamed"));
            }
        }

        private static void requireUnique(List<String> names, long row) {
            for (int c = 0; c < names.size(); c++) {
                if (names.indexOf(names.get(c)) != c) {
                    throw new CubeFormatException(row, names.get(c), UserTexts.of("problem.insight.cube.column-twice"));
                }
            }
        }
    }
}
