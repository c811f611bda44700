package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the message bundles: each key a template or the Java code names is in
 * messages.properties, every other language's bundle has every key of it, and no template carries literal text outside
 * a {@code #{...}} message (text nodes, the attributes people read, and quoted words in th:text expressions), but for
 * the small allow-list below.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path JAVA = Path.of("src/main/java");

    /** Another engineer rewrites the home page; it moves to the bundle with that rewrite. */
    private static final Set<String> TEMPLATES_NOT_CHECKED_FOR_LITERALS = Set.of("home.html");

    /** Literal text that stays as written in every language: the product's name, file formats, sample placeholders. */
    private static final Set<String> ALLOWED_LITERALS = Set.of("LaunchDesk", "LD");

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[!/?]?[A-Za-z][^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>", Pattern.DOTALL);
    private static final Pattern TAG_NAME = Pattern.compile("^<(/?)([A-Za-z][\\w:.-]*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Set<String> VOID = Set.of("br", "input", "meta", "link", "img", "hr", "col", "source", "wbr", "area", "base", "param");
    /** Attributes that replace an element's content, so its literal text is only the template's prototype. */
    private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:remove", "sec:authentication");
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");
    private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:placeholder", "th:aria-label", "th:alt");

    /** A message key in a template: #{key}, #{key(args)}, or a key built from a literal prefix, #{'prefix.' + ...}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)\\s*[(}]");
    private static final Pattern TEMPLATE_KEY_PREFIX = Pattern.compile("#\\{\\$?\\{?\\s*'([A-Za-z][\\w.-]*\\.)'\\s*\\+");
    /**
     * A key named in Java: the first argument of a MessageSource or UserTexts call (a key ending in a dot is the prefix of
     * keys built from it, e.g. an enum constant's name), or a literal of the flash and problem texts.
     */
    private static final Pattern JAVA_KEY = Pattern.compile("(?:(?:getMessage|UserTexts\\.of)\\(\\s*\"([A-Za-z][\\w.-]*)\")"
            + "|\"((?:flash|problem)\\.[\\w.]*\\w)\"");

    @Test
    void everyKeyTheTemplatesNameIsInTheBundle() throws IOException {
        Properties base = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher key = TEMPLATE_KEY.matcher(html);
            while (key.find()) {
                if (!base.containsKey(key.group(1))) {
                    missing.add(name(template) + ": " + key.group(1));
                }
            }
            Matcher prefix = TEMPLATE_KEY_PREFIX.matcher(html);
            while (prefix.find()) {
                String p = prefix.group(1);
                if (base.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p))) {
                    missing.add(name(template) + ": " + p + "*");
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
    }

    @Test
    void everyKeyTheJavaCodeNamesIsInTheBundle() throws IOException {
        Properties base = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = JAVA_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    found++;
                    String named = key.group(1) != null ? key.group(1) : key.group(2);
                    boolean known = named.endsWith(".") ? base.stringPropertyNames().stream().anyMatch(k -> k.startsWith(named))
                            : base.containsKey(named);
                    if (!known) {
                        missing.add(JAVA.relativize(source) + ": " + named);
                    }
                }
            }
        }
        assertThat(found).as("message keys found in the Java code").isPositive();
        assertThat(missing).as("message keys used in Java but missing from messages.properties").isEmpty();
    }

    @Test
    void everyLanguageBundleHasEveryKeyOfTheBase() throws IOException {
        Properties base = bundle("messages.properties");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESOURCES)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("messages_[A-Za-z_]+\\.properties")).sorted().toList()) {
                Properties translated = bundle(file.getFileName().toString());
                Set<String> lacking = new TreeSet<>(base.stringPropertyNames());
                lacking.removeAll(translated.stringPropertyNames());
                Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(base.stringPropertyNames());
                if (!lacking.isEmpty()) {
                    problems.add(file.getFileName() + " lacks " + lacking);
                }
                if (!extra.isEmpty()) {
                    problems.add(file.getFileName() + " has keys the base bundle does not: " + extra);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesCarryNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            if (!TEMPLATES_NOT_CHECKED_FOR_LITERALS.contains(name(template))) {
                literals.addAll(literalText(name(template), Files.readString(template)));
            }
        }
        assertThat(literals).as("literal text in templates (put it in messages.properties and use #{...})").isEmpty();
    }

    @Test
    void theLiteralCheckFindsWhatItShould() {
        String html = """
                <html th:replace="~{layout :: layout(~{::title}, ~{::main})}"><main>
                <h1>Plain heading</h1><p th:text="#{k}">prototype</p><input placeholder="Type here">
                <span th:text="${ok} ? 'Yes' : #{no}">x</span><a th:title="#{t}" title="ignored">LaunchDesk</a>
                <td th:text="${errors['market']}">x</td><p th:text="#{'sop.status.' + ${s}}">x</p></main></html>""";
        assertThat(literalText("t.html", html)).containsExactly("t.html:2 text \"Plain heading\"", "t.html:2 placeholder \"Type here\"",
                "t.html:3 th:text 'Yes'");
    }

    private static List<String> literalText(String name, String html) {
        List<String> found = new ArrayList<>();
        List<Boolean> replaced = new ArrayList<>();
        List<String> open = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        int position = 0;
        while (tag.find()) {
            text(name, html, position, tag.start(), replaced, found);
            position = tag.end();
            String t = tag.group();
            Matcher n = TAG_NAME.matcher(t);
            if (t.startsWith("<!") || !n.find()) {
                continue;
            }
            String element = n.group(2).toLowerCase();
            if (!n.group(1).isEmpty()) {
                int at = open.lastIndexOf(element);
                if (at >= 0) {
                    open.subList(at, open.size()).clear();
                    replaced.subList(at, replaced.size()).clear();
                }
                continue;
            }
            boolean replacing = element.equals("script") || element.equals("style") || element.equals("pre") || element.equals("textarea");
            Matcher a = ATTRIBUTE.matcher(t);
            List<String> names = new ArrayList<>();
            while (a.find()) {
                names.add(a.group(1));
            }
            a.reset();
            while (a.find()) {
                String attribute = a.group(1);
                String value = a.group(2) != null ? a.group(2) : a.group(3);
                replacing |= CONTENT_REPLACING.contains(attribute)
                        || (!element.equals("html") && (attribute.equals("th:replace") || attribute.equals("th:insert")));
                if (READ_ATTRIBUTES.contains(attribute) && !names.contains("th:" + attribute) && hasWords(value)) {
                    found.add(name + ":" + line(html, tag.start()) + " " + attribute + " \"" + value + "\"");
                }
                if (TEXT_EXPRESSIONS.contains(attribute)) {
                    for (String literal : quotedWords(value)) {
                        found.add(name + ":" + line(html, tag.start()) + " " + attribute + " '" + literal + "'");
                    }
                }
            }
            if (!VOID.contains(element) && !t.endsWith("/>")) {
                open.add(element);
                replaced.add(replacing);
            }
        }
        return found;
    }

    private static void text(String name, String html, int from, int to, List<Boolean> replaced, List<String> found) {
        String text = html.substring(from, to).replaceAll("&[a-z]+;|&#\\d+;", " ").replaceAll("\\s+", " ").strip();
        if (hasWords(text) && !replaced.contains(true)) {
            found.add(name + ":" + line(html, from) + " text \"" + text + "\"");
        }
    }

    /** Quoted literals with a word in them, outside ${...}, *{...}, #{...} and @{...} (keys, map keys and parameters). */
    private static List<String> quotedWords(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (depth == 0 && "$*#@".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0 && c == '{') {
                depth++;
            } else if (depth > 0 && c == '}') {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        List<String> words = new ArrayList<>();
        Matcher quoted = Pattern.compile("'([^']*)'").matcher(outside);
        while (quoted.find()) {
            if (quoted.group(1).matches("(?s).*\\p{L}{2,}.*")) {
                words.add(quoted.group(1));
            }
        }
        return words;
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && !ALLOWED_LITERALS.contains(text.strip());
    }

    private static int line(String html, int offset) {
        return (int) html.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString().replace('\\', '/');
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
