package dev.launchdesk.training.bank.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.ss.util.CellReference;

import dev.launchdesk.shared.UserTexts;

/**
 * The columns of a question bank sheet (CSV or XLSX) and how a row becomes a question: one question per row, the
 * header names the columns in any order ("Option 1" and "option_1" are the same column). {@code type} is
 * {@code single}, {@code multiple} or {@code true_false}; {@code correct} names options by number ({@code 2},
 * {@code 1;3}) or, for true/false, {@code true} or {@code false}; a blank {@code sop_key}, {@code section_anchor} or
 * {@code language} takes the import's default. Every problem names its row (header = row 1) and column.
 */
final class BankSheet {

    static final List<String> COLUMNS = columns();
    static final Set<String> REQUIRED = Set.of("type", "question", "correct", "explanation");
    /** Most questions one sheet may hold. */
    static final int MAX_ROWS = 10_000;

    record Row(int number, List<String> cells) {
    }

    private BankSheet() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("sop_key", "section_anchor", "type", "title", "question"));
        IntStream.rangeClosed(1, QuestionDraft.MAX_OPTIONS).forEach(i -> columns.add("option_" + i));
        columns.addAll(List.of("correct", "explanation", "language"));
        IntStream.rangeClosed(1, QuestionDraft.MAX_OPTIONS).forEach(i -> columns.add("feedback_" + i));
        return List.copyOf(columns);
    }

    /** "Option 1", "option-1" and "OPTION_1" name the same column. */
    static String columnName(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The questions of the rows after the header row, with every problem of the header and the rows. */
    static BankReading read(Row header, List<Row> rows, BankDefaults defaults) {
        List<BankProblem> problems = new ArrayList<>();
        Map<String, Integer> positions = positions(header, problems);
        if (!problems.isEmpty()) {
            return BankReading.failed(problems);
        }
        List<QuestionDraft> questions = new ArrayList<>();
        List<BankReading.Place> places = new ArrayList<>();
        Set<Integer> named = new HashSet<>(positions.values());
        for (Row row : rows) {
            unnamedCells(row, named, problems);
            questions.add(new RowReader(row, positions, defaults, problems).question());
            places.add(new BankReading.Place(row.number(), null));
        }
        return new BankReading(questions, problems, places);
    }

    private static Map<String, Integer> positions(Row header, List<BankProblem> problems) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String raw = header.cells().get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String name = columnName(raw);
            if (!COLUMNS.contains(name)) {
                problems.add(problem(header.number(), raw.strip(), UserTexts.of("problem.training.bank.sheet.unknownColumn", raw.strip(),
                        String.join(", ", COLUMNS))));
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add(problem(header.number(), name, UserTexts.of("problem.training.bank.sheet.twiceColumn", name)));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !positions.containsKey(required)) {
                problems.add(problem(header.number(), required, UserTexts.of("problem.training.bank.sheet.missingColumn", required)));
            }
        }
        return positions;
    }

    /** A value in a column without a name would be lost: most often a comma in a text without quotes shifted the row. */
    private static void unnamedCells(Row row, Set<Integer> named, List<BankProblem> problems) {
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            if (!named.contains(i) && cell != null && !cell.isBlank()) {
                String column = CellReference.convertNumToColString(i);
                problems.add(problem(row.number(), column, UserTexts.of("problem.training.bank.sheet.unnamedCell", column)));
            }
        }
    }

    static BankProblem problem(int row, String column, String message) {
        return new BankProblem(row, column, null, UserTexts.of("problem.training.bank.atRow", String.valueOf(row), column, message));
    }

    /** The cells of a question in column order, as {@link BankCsv} and {@link BankWorkbook} write them. */
    static List<String> cells(QuestionDraft question) {
        List<String> cells = new ArrayList<>(List.of(nonNull(question.sopKey()), nonNull(question.sectionAnchor()), question.type().code(),
                nonNull(question.title()), question.text()));
        boolean trueFalse = question.type() == QuestionType.TRUE_FALSE;
        for (int i = 0; i < QuestionDraft.MAX_OPTIONS; i++) {
            cells.add(!trueFalse && i < question.options().size() ? question.options().get(i).text() : "");
        }
        cells.add(trueFalse ? String.valueOf(question.statementIsTrue())
                : String.join(";", question.correctIndexes().stream().map(i -> String.valueOf(i + 1)).toList()));
        cells.add(question.explanation());
        cells.add(nonNull(question.language()));
        for (int i = 0; i < QuestionDraft.MAX_OPTIONS; i++) {
            cells.add(i < question.options().size() ? nonNull(question.options().get(i).feedback()) : "");
        }
        return cells;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** One row read into a question; its problems are added to the shared list. */
    private static final class RowReader {
        private final Row row;
        private final Map<String, Integer> positions;
        private final BankDefaults defaults;
        private final List<BankProblem> problems;
        private final int before;

        RowReader(Row row, Map<String, Integer> positions, BankDefaults defaults, List<BankProblem> problems) {
            this.row = row;
            this.positions = positions;
            this.defaults = defaults;
            this.problems = problems;
            this.before = problems.size();
        }

        QuestionDraft question() {
            Optional<QuestionType> type = QuestionType.ofCode(cell("type"));
            if (type.isEmpty()) {
                add("type", UserTexts.of("problem.training.bank.sheet.type", cell("type")));
            }
            String sopKey = orDefault(cell("sop_key"), defaults.defaultSection().map(CategoryMapping.Section::sopKey).orElse(null));
            String anchor = orDefault(cell("section_anchor"), defaults.defaultSection().map(CategoryMapping.Section::anchor).orElse(null));
            String language = BankFiles.language(orDefault(cell("language"), defaults.language()));
            List<QuestionDraft.Option> options = type.isEmpty() ? List.of() : type.get() == QuestionType.TRUE_FALSE ? trueFalse() : choices();
            QuestionDraft draft = new QuestionDraft(sopKey, anchor, type.orElse(null), cell("question"), options, cell("explanation"),
                    language, cell("title"));
            Set<String> reported = new HashSet<>();
            problems.subList(before, problems.size()).forEach(p -> reported.add(p.column()));
            if (type.isEmpty()) {
                reported.addAll(List.of("option_1", "correct"));
            }
            draft.violations().stream().filter(v -> !reported.contains(v.field())).forEach(v -> add(v.field(), v.message()));
            return draft;
        }

        private List<QuestionDraft.Option> choices() {
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= QuestionDraft.MAX_OPTIONS; i++) {
                texts.add(cell("option_" + i));
            }
            int filled = texts.size();
            while (filled > 0 && texts.get(filled - 1).isBlank()) {
                filled--;
            }
            for (int i = 0; i < filled; i++) {
                if (texts.get(i).isBlank()) {
                    add("option_" + (i + 1), UserTexts.of("problem.training.bank.sheet.optionGap", String.valueOf(i + 1), String.valueOf(filled)));
                }
            }
            List<Integer> correct = correctNumbers(filled);
            List<QuestionDraft.Option> options = new ArrayList<>();
            for (int i = 0; i < filled; i++) {
                options.add(new QuestionDraft.Option(texts.get(i), correct.contains(i + 1), cell("feedback_" + (i + 1))));
            }
            feedbackWithoutOption(filled);
            return options;
        }

        private List<Integer> correctNumbers(int filled) {
            List<Integer> numbers = new ArrayList<>();
            String cell = cell("correct");
            for (String part : cell.split("[;,\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                Integer number = part.matches("\\d{1,2}") ? Integer.valueOf(part) : null;
                if (number == null || number < 1 || number > filled) {
                    add("correct", UserTexts.of("problem.training.bank.sheet.correct", cell, String.valueOf(filled)));
                    return List.of();
                }
                numbers.add(number);
            }
            if (numbers.isEmpty()) {
                add("correct", UserTexts.of("problem.training.bank.sheet.correct", cell, String.valueOf(filled)));
            }
            return numbers;
        }

        private List<QuestionDraft.Option> trueFalse() {
            for (int i = 1; i <= QuestionDraft.MAX_OPTIONS; i++) {
                if (!cell("option_" + i).isBlank()) {
                    add("option_" + i, UserTexts.of("problem.training.bank.sheet.trueFalseOption"));
                }
            }
            feedbackWithoutOption(2);
            String answer = cell("correct").toLowerCase(Locale.ROOT);
            boolean isTrue = answer.equals("true") || answer.equals("t");
            if (!isTrue && !answer.equals("false") && !answer.equals("f")) {
                add("correct", UserTexts.of("problem.training.bank.sheet.trueFalseCorrect", cell("correct")));
            }
            return List.of(new QuestionDraft.Option(QuestionDraft.Option.TRUE, isTrue, cell("feedback_1")),
                    new QuestionDraft.Option(QuestionDraft.Option.FALSE, !isTrue, cell("feedback_2")));
        }

        private void feedbackWithoutOption(int options) {
            for (int i = options + 1; i <= QuestionDraft.MAX_OPTIONS; i++) {
                if (!cell("feedback_" + i).isBlank()) {
                    add("feedback_" + i, UserTexts.of("problem.training.bank.sheet.feedbackWithoutOption", String.valueOf(i)));
                }
            }
        }

        private String cell(String column) {
            Integer at = positions.get(column);
            if (at == null || at >= row.cells().size() || row.cells().get(at) == null) {
                return "";
            }
            return row.cells().get(at).replace("\r\n", "\n").replace('\r', '\n').strip();
        }

        private static String orDefault(String cell, String fallback) {
            return cell.isBlank() ? fallback : cell;
        }

        private void add(String column, String message) {
            problems.add(problem(row.number(), column, message));
        }
    }
}
