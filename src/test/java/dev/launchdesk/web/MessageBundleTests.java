package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.launchdesk.insight.anomaly.AnomalyStatus;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.reference.AgentStatus;
import dev.launchdesk.reference.Region;
import dev.launchdesk.shared.Role;

/**
 * Every text a user reads comes from the message bundles: each key a template or the Java code names is in
 * messages.properties or agent-messages.properties (the pages agents use; a key in one of them only), every other
 * language's bundle has every key of its base and no other, and no template carries literal text outside
 * a {@code #{...}} message (text nodes, the attributes people read, and quoted words in th:text expressions), but for
 * the small allow-list below.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path JAVA = Path.of("src/main/java");
    /** The bundles of spring.messages.basename (and shared.UserTexts). */
    private static final List<String> BASE_BUNDLES = List.of("messages", "agent-messages");

    /** Another engineer rewrites the home page; it moves to the bundle with that rewrite. */
    private static final Set<String> TEMPLATES_NOT_CHECKED_FOR_LITERALS = Set.of();

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
    private static final Pattern TEMPLATE_KEY_PREFIX = Pattern.compile("(?:#\\{\\$?\\{?|#messages\\.msg(?:OrNull)?\\()\\s*'([A-Za-z][\\w.-]*\\.)'\\s*\\+");
    /**
     * A key named in Java: the first argument of a MessageSource or UserTexts call (the second of UserTexts.in) (a key ending in a dot is the prefix of
     * keys built from it, e.g. an enum constant's name), or a literal of the flash and problem texts.
     */
    private static final Pattern JAVA_KEY = Pattern.compile("(?:(?:(?:getMessage|UserTexts\\.of)\\(|UserTexts\\.in\\([\\w.]+,)\\s*\"([A-Za-z][\\w.-]*)\")"
            + "|\"((?:flash|problem)\\.[\\w.]*\\w)\"");

    @Test
    void everyKeyTheTemplatesNameIsInTheBundle() throws IOException {
        Properties base = baseBundles();
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

    /** Enums whose constants the pages show by a key built from the constant's name (prefix + name()). */
    private static final Map<String, Class<? extends Enum<?>>> LABELLED_ENUMS = Map.of("role.", Role.class, "region.", Region.class,
            "kpi.", Kpi.class, "dimension.", TicketDimension.class, "agent.status.", AgentStatus.class, "anomaly.status.", AnomalyStatus.class);

    @Test
    void everyConstantOfALabelledEnumHasItsKey() throws IOException {
        Properties base = baseBundles();
        Set<String> missing = new TreeSet<>();
        LABELLED_ENUMS.forEach((prefix, type) -> {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (!base.containsKey(prefix + constant.name())) {
                    missing.add(prefix + constant.name());
                }
            }
        });
        assertThat(missing).isEmpty();
        // the enums' own English labels (API answers, CSV headers, e-mails) read as the pages do
        assertThat(base.getProperty("role.GTM_MANAGER")).isEqualTo(Role.GTM_MANAGER.label());
        assertThat(base.getProperty("kpi.CSAT")).isEqualTo(Kpi.CSAT.label());
        assertThat(base.getProperty("dimension.CATEGORY")).isEqualTo(TicketDimension.CATEGORY.label());
        assertThat(base.getProperty("region.MENA")).isEqualTo(Region.MENA.label());
    }

    @Test
    void everyKeyTheJavaCodeNamesIsInTheBundle() throws IOException {
        Properties base = baseBundles();
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
    void everyLanguageBundleHasEveryKeyOfItsBase() throws IOException {
        List<String> problems = new ArrayList<>();
        int languages = 0;
        for (String basename : BASE_BUNDLES) {
            Properties base = bundle(basename + ".properties");
            try (Stream<Path> files = Files.list(RESOURCES)) {
                for (Path file : files.filter(p -> p.getFileName().toString().matches(Pattern.quote(basename) + "_[A-Za-z_]+\\.properties"))
                        .sorted().toList()) {
                    languages++;
                    Properties translated = bundle(file.getFileName().toString());
                    Set<String> lacking = new TreeSet<>(base.stringPropertyNames());
                    lacking.removeAll(translated.stringPropertyNames());
                    Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
                    extra.removeAll(base.stringPropertyNames());
                    if (!lacking.isEmpty()) {
                        problems.add(file.getFileName() + " lacks " + lacking);
                    }
                    if (!extra.isEmpty()) {
                        problems.add(file.getFileName() + " has keys its base bundle does not: " + extra);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(languages).as("language bundles (Bahasa Indonesia and Thai for the agents' pages)").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aKeyLivesInOneBaseBundleOnly() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String basename : BASE_BUNDLES) {
            for (String key : bundle(basename + ".properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        // the first bundle that has a key answers for every language, so a key in both would never be translated
        assertThat(twice).as("keys in more than one base bundle").isEmpty();
    }

    @Test
    void theSameKeyHasTheSameArgumentsInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern argument = Pattern.compile("\\{(\\d+)");
        for (String basename : BASE_BUNDLES) {
            Properties base = bundle(basename + ".properties");
            try (Stream<Path> files = Files.list(RESOURCES)) {
                for (Path file : files.filter(p -> p.getFileName().toString().matches(Pattern.quote(basename) + "_[A-Za-z_]+\\.properties")).toList()) {
                    Properties translated = bundle(file.getFileName().toString());
                    for (String key : base.stringPropertyNames()) {
                        Set<String> expected = matches(argument, base.getProperty(key));
                        Set<String> actual = matches(argument, translated.getProperty(key, ""));
                        if (!expected.equals(actual)) {
                            problems.add(file.getFileName() + " " + key + ": arguments " + actual + ", the base has " + expected);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
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

    private static Properties baseBundles() throws IOException {
        Properties all = new Properties();
        for (String basename : BASE_BUNDLES) {
            all.putAll(bundle(basename + ".properties"));
        }
        return all;
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
