package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Problem texts come from the message bundles (issue #10): no string literal with words in it is passed as the message
 * of an exception that answers a request (InvalidInputException and its FieldProblem, InputCheck rules, ConflictException,
 * NotFoundException, the roster, import and cube rejections and their row problems, a broken import record) or as the
 * title or detail of a ProblemDetail (also through the handlers' {@code problem(status, title, detail)} helpers). A message is a {@code UserTexts.of(key, ...)} (or ApiProblems' {@code text(key, ...)}), or a variable
 * holding one; literals inside those calls (the key, separators) are fine. Log messages and IllegalStateException for
 * programming errors are not problem texts. A source scan, like MessageBundleTests: a message built in a helper and
 * passed on as a variable is not seen here.
 */
class ProblemTextsTests {

    private static final Path JAVA = Path.of("src/main/java/dev/launchdesk");

    /** The modules whose problem texts are in the bundles: every module of src/main/java/dev/launchdesk, new ones included. */
    private static List<String> covered() throws IOException {
        try (Stream<Path> modules = Files.list(JAVA)) {
            return modules.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static final int LAST = -1;

    /** A call that takes a problem text, and the 0-based position of the text among its arguments ({@link #LAST}: the last). */
    private static final Map<Pattern, Integer> MESSAGE_ARGUMENT = Map.ofEntries(
            call("InvalidInputException\\.of", 1),
            call("new\\s+(?:InvalidInputException\\.)?FieldProblem", 1),
            call("new\\s+ConflictException", 0),
            call("\\bstaleVersion", 0),
            call("new\\s+(?:[\\w.]+\\.)?NotFoundException", 0),
            call("\\brequire", 2),
            call("\\bcheck\\.add", 1),
            call("new\\s+(?:RosterRejectedException\\.)?RowProblem", 2),
            call("RosterRejectedException\\.ofFile", 0),
            call("new\\s+ImportRejectedException", 1),
            call("new\\s+(?:RowProblem\\.)?Rejected", 1),
            call("new\\s+CubeFormatException", 2),
            call("\\bbroken", LAST),
            call("(?<![\\w.])problem", 1),
            call("(?<![\\w.])problem", 2),
            call("\\brow\\.problem", 1),
            call("\\.setTitle", 0),
            call("\\.setDetail", 0),
            call("ProblemDetail\\.forStatusAndDetail", 1),
            // the SOP module's own: a workflow rule refused (409) and the problems of an XLIFF file rejected (400)
            call("new\\s+SopRuleViolation", 0),
            call("new\\s+ImportProblem", 4),
            call("\\bproblem(?=\\s*\\(\\s*Kind\\.)", 3));

    /** Calls that resolve a text from the bundle: whatever is inside them is a key or an argument. */
    private static final Pattern RESOLVED = Pattern.compile("(?:UserTexts\\.of|\\btext|\\bgetMessage)\\s*\\(");
    private static final Pattern STRING = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");

    private static Map.Entry<Pattern, Integer> call(String name, int argument) {
        return Map.entry(Pattern.compile(name + "\\s*\\("), argument);
    }

    @Test
    void noLiteralIsPassedAsAProblemText() throws IOException {
        List<String> literals = new ArrayList<>();
        int calls = 0;
        List<String> covered = covered();
        assertThat(covered).as("modules scanned").contains("sop", "insight", "identity", "shared", "web");
        for (String module : covered) {
            try (Stream<Path> files = Files.walk(JAVA.resolve(module))) {
                for (Path source : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    Found found = literalMessages(JAVA.relativize(source).toString().replace('\\', '/'), Files.readString(source));
                    calls += found.calls();
                    literals.addAll(found.literals());
                }
            }
        }
        assertThat(calls).as("calls that take a problem text").isGreaterThan(100);
        assertThat(literals).as("literal problem texts (put them in messages.properties and pass UserTexts.of(key, ...))").isEmpty();
    }

    @Test
    void theCheckFindsWhatItShould() {
        String java = """
                class X {
                    // throw InvalidInputException.of("f", "in a comment");
                    void a() {
                        throw InvalidInputException.of("name", "is required");
                    }
                    void b() {
                        throw InvalidInputException.of("name", UserTexts.of("problem.x.name.required", "1", String.join(", ", list)));
                    }
                    void c() {
                        check.require(ok, "code", Echoed.quoted(code) + " is not a code").require(ok(f("x", ")")), "f", message);
                        problem.setTitle(text("api.title.invalid"));
                        problem.setDetail(String.format("%s broken", x));
                        throw new NotFoundException("Vendor", id);
                    }
                }""";
        Found found = literalMessages("X.java", java);
        assertThat(found.calls()).isEqualTo(7);
        assertThat(found.literals()).containsExactly("X.java:4 \"is required\"", "X.java:10 Echoed.quoted(code) + \" is not a code\"",
                "X.java:12 String.format(\"%s broken\", x)", "X.java:13 \"Vendor\"");
    }

    private record Found(int calls, List<String> literals) {
    }

    private static Found literalMessages(String name, String source) {
        String code = withoutComments(source);
        Map<Long, String> literals = new java.util.TreeMap<>();
        int calls = 0;
        for (Map.Entry<Pattern, Integer> call : MESSAGE_ARGUMENT.entrySet()) {
            Matcher m = call.getKey().matcher(code);
            while (m.find()) {
                if (insideString(code, m.start())) {
                    continue;
                }
                List<String> arguments = arguments(code, m.end());
                int position = call.getValue() == LAST ? arguments.size() - 1 : call.getValue();
                if (position < 0 || arguments.size() <= position) {
                    continue;
                }
                calls++;
                String message = arguments.get(position).strip();
                if (hasLiteralWords(message)) {
                    literals.put(m.start() * 8L + position + 1, name + ":" + line(code, m.start()) + " " + message.replaceAll("\\s+", " "));
                }
            }
        }
        return new Found(calls, List.copyOf(literals.values()));
    }

    /** A string literal with a word in it, outside the calls that resolve a text from the bundle. */
    private static boolean hasLiteralWords(String expression) {
        String rest = expression;
        Matcher resolved = RESOLVED.matcher(rest);
        while (resolved.find()) {
            int close = closing(rest, resolved.end());
            rest = rest.substring(0, resolved.start()) + rest.substring(close + 1);
            resolved = RESOLVED.matcher(rest);
        }
        Matcher literal = STRING.matcher(rest);
        while (literal.find()) {
            if (WORDS.matcher(literal.group()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The arguments of the call whose opening parenthesis ends at {@code from}, split at its top-level commas. */
    private static List<String> arguments(String code, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ')') {
                arguments.add(code.substring(start, i));
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(code.substring(start, i));
                start = i + 1;
            }
        }
        return arguments;
    }

    private static int closing(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    /** The index of the last character of the string, text block or char literal starting at {@code start}. */
    private static int endOfLiteral(String code, int start) {
        char quote = code.charAt(start);
        if (quote == '"' && code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() - 1 : end + 2;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return code.length() - 1;
    }

    private static boolean insideString(String code, int position) {
        for (int i = code.lastIndexOf('\n', position) + 1; i < position; i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i);
                if (end >= position) {
                    return true;
                }
                i = end;
            }
        }
        return false;
    }

    /** The source with its comments blanked out (line breaks kept, so line numbers stay right). */
    private static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i);
            } else if (c == '/' && i + 1 < code.length() && (code.charAt(i + 1) == '/' || code.charAt(i + 1) == '*')) {
                boolean block = code.charAt(i + 1) == '*';
                int end = block ? source.indexOf("*/", i + 2) + 1 : source.indexOf('\n', i) - 1;
                end = end <= 0 ? code.length() - 1 : end;
                for (int j = i; j <= end; j++) {
                    if (code.charAt(j) != '\n') {
                        code.setCharAt(j, ' ');
                    }
                }
                i = end;
            }
        }
        return code.toString();
    }

    private static int line(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
