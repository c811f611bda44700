package dev.launchdesk.sop.translation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.markdown.SopText;
import dev.launchdesk.sop.translation.ImportProblem.Kind;
import dev.launchdesk.sop.translation.ImportedTranslation.TranslatedSegment;
import dev.launchdesk.sop.translation.InlineMarkup.Node;
import dev.launchdesk.sop.translation.InlineMarkup.Placeholder;
import dev.launchdesk.sop.translation.InlineMarkup.Span;
import dev.launchdesk.sop.translation.XmlTree.Element;

/**
 * Reads a translated XLIFF 2.0 or 2.1 file back, all or nothing.
 *
 * <p>The file is parsed by a hardened parser (see {@link XmlTree}) and validated against the OASIS core schema
 * while it is read; then it must be for the expected SOP version ({@code <file id>}) and languages, and every
 * unit must be a current segment of that version whose fingerprint still matches (otherwise the source changed
 * since the export and the translation is stale). Targets are turned back into Markdown: every inline code is
 * looked up by id in the <em>current</em> source, so a translator can move codes but not change what they
 * stand for; each {@code {{parameter}}} of the source must still be in the target, and the target may not name
 * one the source does not have.
 *
 * <p>White space follows XLIFF 2's {@code xml:space}, inherited from {@code <xliff>} over {@code <file>},
 * {@code <group>} and {@code <unit>} down to {@code <source>} and {@code <target>}: with {@code default} (what a
 * tool that pretty-prints a file means) every run of white space in a target is one space; with {@code preserve}
 * (what the export writes) spaces are kept, and only line breaks with the indentation around them become one space
 * (a target is one line of Markdown; a hard line break is a code). White space just inside a {@code <pc>} is moved
 * outside its Markdown ({@code ** x **} would not be bold), and the target goes through the normalisation of
 * every SOP text ({@link SopText#inline}). A {@code <source>} may differ from the export in white space only: that
 * is how tools indent, and it does not change what is translated. An {@code <ignorable>} holding only white space
 * (some tools keep the space between segments that way) is allowed.
 *
 * <p>A unit without a target, or with an empty one, is not yet translated: allowed, and listed in
 * {@link ImportedTranslation#untranslated()}. Any other problem rejects the whole file with
 * {@link XliffRejectedException}, which lists every problem found with its unit and line.
 */
public class XliffImport {

    private static final Set<String> VERSIONS = Set.of("2.0", "2.1");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\{[^{}\\r\\n]*}}");
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\r\\n]+");
    private static final String PRESERVE = "preserve";
    private static final int WORDS_BEFORE = 3;
    private static final int WORDS_AFTER = 5;

    /** A unit and whether white space is preserved in it ({@code xml:space} inherited from its ancestors). */
    private record UnitInFile(Element unit, boolean preserve) {
    }

    public ImportedTranslation parse(byte[] xliff, ExpectedSegments expected) {
        Element root = read(xliff);
        List<ImportProblem> problems = new ArrayList<>();
        checkRoot(root, expected, problems);
        List<TranslatedSegment> translated = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        Map<String, SopSegment> segments = expected.byId();
        Set<String> seen = new HashSet<>();
        for (Element file : root.elements("file")) {
            String fileId = file.attribute("id").orElse("");
            if (!fileId.equals(expected.versionId())) {
                problems.add(problem(Kind.WRONG_FILE, null, file,
                        UserTexts.of("problem.sop.xliff.wrong-file", Echoed.cut(fileId), expected.versionId())));
                continue;
            }
            List<UnitInFile> units = new ArrayList<>();
            collectUnits(file, preserved(file, root.space().map(PRESERVE::equals).orElse(false)), units);
            for (UnitInFile unit : units) {
                unit(unit.unit(), unit.preserve(), segments, seen, problems).ifPresentOrElse(translated::add,
                        () -> untranslated.add(unit.unit().attribute("id").orElse("")));
            }
        }
        if (!problems.isEmpty()) {
            throw new XliffRejectedException(problems);
        }
        return new ImportedTranslation(expected.versionId(), expected.trgLang(), translated, untranslated);
    }

    /** The units below a {@code <file>} or {@code <group>}, in document order, with their {@code xml:space}. */
    private static void collectUnits(Element container, boolean preserve, List<UnitInFile> units) {
        for (Object child : container.children()) {
            if (child instanceof Element e && XliffSchema.NAMESPACE.equals(e.namespace())) {
                if (e.name().equals("unit")) {
                    units.add(new UnitInFile(e, preserved(e, preserve)));
                } else if (e.name().equals("group")) {
                    collectUnits(e, preserved(e, preserve), units);
                }
            }
        }
    }

    private static boolean preserved(Element element, boolean inherited) {
        return element.space().map(PRESERVE::equals).orElse(inherited);
    }

    private static Element read(byte[] xliff) {
        try {
            return XmlTree.read(xliff, XliffSchema.get());
        } catch (XmlTree.InvalidXmlException e) {
            Optional<ImportProblem> notXliff2 = e.root().flatMap(XliffImport::notXliff2);
            throw new XliffRejectedException(notXliff2.map(List::of)
                    .orElseGet(() -> e.failures().stream().map(XliffImport::problem).toList()));
        }
    }

    /**
     * Why a file whose root is not XLIFF 2's {@code <xliff>} cannot be read, in words a translator can act on (instead
     * of the schema validator's "cannot find the declaration of element"); empty for an XLIFF 2 root.
     */
    private static Optional<ImportProblem> notXliff2(Element root) {
        if (XliffSchema.NAMESPACE.equals(root.namespace()) && root.name().equals("xliff")) {
            return Optional.empty();
        }
        if (root.name().equals("xliff")) {
            String version = root.attribute("version").orElse("");
            String shown = version.isEmpty() ? "1.x" : Echoed.cut(version);
            return Optional.of(root.namespace().isEmpty()
                    ? problem(Kind.WRONG_VERSION, null, root, UserTexts.of("problem.sop.xliff.old-version", shown))
                    : problem(Kind.WRONG_VERSION, null, root,
                            UserTexts.of("problem.sop.xliff.old-version-in-namespace", shown, Echoed.cut(root.namespace()))));
        }
        return Optional.of(root.namespace().isEmpty()
                ? problem(Kind.NOT_XLIFF, null, root,
                        UserTexts.of("problem.sop.xliff.not-xliff", Echoed.cut(root.name()), XliffSchema.NAMESPACE))
                : problem(Kind.NOT_XLIFF, null, root, UserTexts.of("problem.sop.xliff.not-xliff-in-namespace", Echoed.cut(root.name()),
                        Echoed.cut(root.namespace()), XliffSchema.NAMESPACE)));
    }

    private static ImportProblem problem(XmlTree.Failure failure) {
        var cause = failure.cause();
        String parser = String.valueOf(cause.getMessage());
        String message = switch (failure.kind()) {
            case DOCTYPE_FORBIDDEN -> UserTexts.of("problem.sop.xliff.doctype", parser);
            case SCHEMA_INVALID -> UserTexts.of("problem.sop.xliff.schema-invalid", parser);
            default -> UserTexts.of("problem.sop.xliff.malformed", parser);
        };
        return new ImportProblem(failure.kind(), null, Math.max(cause.getLineNumber(), 0), Math.max(cause.getColumnNumber(), 0), message);
    }

    private static void checkRoot(Element root, ExpectedSegments expected, List<ImportProblem> problems) {
        if (!XliffSchema.NAMESPACE.equals(root.namespace()) || !root.name().equals("xliff")) {
            problems.add(problem(Kind.SCHEMA_INVALID, null, root, UserTexts.of("problem.sop.xliff.root-not-xliff")));
            return;
        }
        String version = root.attribute("version").orElse("");
        if (!VERSIONS.contains(version)) {
            problems.add(problem(Kind.WRONG_VERSION, null, root, UserTexts.of("problem.sop.xliff.unsupported-version", Echoed.cut(version))));
        }
        String srcLang = root.attribute("srcLang").orElse("");
        if (!sameLanguage(srcLang, expected.srcLang())) {
            problems.add(problem(Kind.WRONG_LANGUAGE, null, root,
                    UserTexts.of("problem.sop.xliff.src-lang", Echoed.cut(srcLang), expected.srcLang())));
        }
        Optional<String> trgLang = root.attribute("trgLang");
        if (trgLang.isEmpty()) {
            problems.add(problem(Kind.WRONG_LANGUAGE, null, root, UserTexts.of("problem.sop.xliff.trg-lang-missing", expected.trgLang())));
        } else if (!sameLanguage(trgLang.get(), expected.trgLang())) {
            problems.add(problem(Kind.WRONG_LANGUAGE, null, root,
                    UserTexts.of("problem.sop.xliff.trg-lang", Echoed.cut(trgLang.get()), expected.trgLang())));
        }
    }

    private static boolean sameLanguage(String a, String b) {
        return Locale.forLanguageTag(a).toLanguageTag().equalsIgnoreCase(Locale.forLanguageTag(b).toLanguageTag());
    }

    /** The unit's translation, or empty when it has none; problems are added to the list. */
    private static Optional<TranslatedSegment> unit(Element unit, boolean preserve, Map<String, SopSegment> segments, Set<String> seen,
            List<ImportProblem> problems) {
        String id = unit.attribute("id").orElse("");
        if (!seen.add(id)) {
            problems.add(problem(Kind.DUPLICATE_UNIT, id, unit, UserTexts.of("problem.sop.xliff.duplicate-unit")));
            return Optional.empty();
        }
        SopSegment segment = segments.get(id);
        if (segment == null) {
            // an SOP segment id never holds a ':'; a text another module contributed (a quiz question) always does
            problems.add(problem(Kind.UNKNOWN_UNIT, id, unit, UserTexts.of(id.contains(":")
                    ? "problem.sop.xliff.unknown-contributed-unit" : "problem.sop.xliff.unknown-unit")));
            return Optional.empty();
        }
        List<Element> parts = new ArrayList<>(unit.elements("segment"));
        unit.elements("ignorable").stream().filter(i -> !isWhiteSpaceOnly(i)).forEach(parts::add);
        if (parts.size() != 1 || unit.elements("segment").size() != 1) {
            problems.add(problem(Kind.SEGMENTATION_CHANGED, id, unit, UserTexts.of("problem.sop.xliff.segmentation-changed",
                    String.valueOf(unit.elements("segment").size()), String.valueOf(parts.size() - unit.elements("segment").size()))));
            return Optional.empty();
        }
        Element part = unit.elements("segment").get(0);
        List<Node> source = InlineMarkup.parse(segment.source());
        Map<String, Node> codes = InlineMarkup.codesById(source);
        if (!sourceIsCurrent(unit, part, segment, codes, problems)) {
            return Optional.empty();
        }
        Optional<Element> target = part.element("target");
        if (target.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        String markdown = decode(target.get(), codes, id, problems, preserved(target.get(), preserve)).strip();
        if (problems.size() > before || markdown.isEmpty()) {
            return Optional.empty();
        }
        checkParameters(id, target.get(), segment.source(), markdown, problems);
        TranslationState state = TranslationState.ofXliff(part.attribute("state").orElse("initial"));
        return Optional.of(new TranslatedSegment(id, markdown, state));
    }

    /** False (with a problem) when the segment went stale since the export or its source was edited in the file. */
    private static boolean sourceIsCurrent(Element unit, Element part, SopSegment segment, Map<String, Node> codes,
            List<ImportProblem> problems) {
        String id = segment.id();
        Optional<String> exported = fingerprintNote(unit);
        List<ImportProblem> sourceProblems = new ArrayList<>();
        Element source = part.element("source").orElseThrow();
        String fileSource = decode(source, codes, id, sourceProblems, true);
        boolean sameText = withoutWhiteSpace(fileSource).equals(withoutWhiteSpace(segment.source()));
        if (exported.isPresent() ? !exported.get().equals(segment.fingerprint()) : !sameText) {
            problems.add(problem(Kind.STALE_SOURCE, id, unit, UserTexts.of("problem.sop.xliff.stale-source",
                    Echoed.cut(exported.orElse(SopSegment.fingerprint(fileSource))), segment.fingerprint())));
            return false;
        }
        if (!sourceProblems.isEmpty()) {
            problems.add(problem(Kind.SOURCE_EDITED, id, source,
                    UserTexts.of("problem.sop.xliff.source-codes-edited", sourceProblems.get(0).message())));
            return false;
        }
        if (!sameText) {
            problems.add(problem(Kind.SOURCE_EDITED, id, source, UserTexts.of("problem.sop.xliff.source-edited",
                    around(fileSource, segment.source()), around(segment.source(), fileSource))));
            return false;
        }
        return true;
    }

    private static String withoutWhiteSpace(String text) {
        return WHITE_SPACE.matcher(text).replaceAll("");
    }

    /** The words of the text around the first place where it differs from the other, white space aside. */
    private static String around(String text, String other) {
        String[] words = WHITE_SPACE.split(text.strip());
        String compact = withoutWhiteSpace(text);
        String otherCompact = withoutWhiteSpace(other);
        int differs = 0;
        while (differs < compact.length() && differs < otherCompact.length() && compact.charAt(differs) == otherCompact.charAt(differs)) {
            differs++;
        }
        int word = 0;
        for (int seen = 0; word < words.length - 1 && seen + words[word].length() <= differs; word++) {
            seen += words[word].length();
        }
        int from = Math.max(0, word - WORDS_BEFORE);
        int to = Math.min(words.length, word + WORDS_AFTER);
        return (from > 0 ? "… " : "") + String.join(" ", java.util.Arrays.asList(words).subList(from, to)) + (to < words.length ? " …" : "");
    }

    private static boolean isWhiteSpaceOnly(Element ignorable) {
        return ignorable.text().isBlank() && ignorable.descendants("ph").isEmpty() && ignorable.descendants("pc").isEmpty()
                && ignorable.descendants("cp").isEmpty();
    }

    private static Optional<String> fingerprintNote(Element unit) {
        return unit.element("notes").stream()
                .flatMap(notes -> notes.elements("note").stream())
                .filter(note -> note.attribute("category").filter(XliffExport.FINGERPRINT_CATEGORY::equals).isPresent())
                .map(note -> note.text().strip())
                .findFirst();
    }

    private static void checkParameters(String id, Element target, String source, String markdown, List<ImportProblem> problems) {
        Set<String> inSource = parameters(source);
        Set<String> inTarget = parameters(markdown);
        for (String parameter : inSource) {
            if (!inTarget.contains(parameter)) {
                problems.add(problem(Kind.PLACEHOLDER_MISMATCH, id, target, UserTexts.of("problem.sop.xliff.placeholder-lost", parameter)));
            }
        }
        for (String parameter : inTarget) {
            if (!inSource.contains(parameter)) {
                problems.add(problem(Kind.PLACEHOLDER_MISMATCH, id, target, UserTexts.of("problem.sop.xliff.placeholder-added", parameter)));
            }
        }
    }

    private static Set<String> parameters(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(markdown);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * The Markdown of a {@code <source>} or {@code <target>} ({@link InlineText}): text with its white space as
     * {@code xml:space} says, {@code <cp>} as its character, {@code <ph>} and {@code <pc>} as the source's code with
     * that id, {@code <mrk>} as its content, {@code <sm>}/{@code <em>} as nothing.
     */
    static String decode(Element content, Map<String, Node> codes, String unitId, List<ImportProblem> problems, boolean preserve) {
        InlineText out = new InlineText();
        decodeInto(content, codes, unitId, problems, out);
        return out.markdown(preserve);
    }

    private static void decodeInto(Element content, Map<String, Node> codes, String unitId, List<ImportProblem> problems,
            InlineText out) {
        for (Object child : content.children()) {
            if (child instanceof String text) {
                out.text(text);
                continue;
            }
            Element e = (Element) child;
            String id = e.attribute("id").orElse("");
            switch (e.name()) {
                case "cp" -> codePoint(e).ifPresentOrElse(cp -> out.text(Character.toString(cp)), () -> problems.add(problem(
                        Kind.BROKEN_INLINE_CODE, unitId, e,
                        UserTexts.of("problem.sop.xliff.not-a-code-point", Echoed.cut(e.attribute("hex").orElse(""))))));
                case "ph" -> {
                    if (codes.get(id) instanceof Placeholder ph) {
                        out.code(ph.original());
                    } else {
                        problems.add(unknownCode(unitId, e, id));
                    }
                }
                case "pc" -> {
                    if (codes.get(id) instanceof Span pc) {
                        InlineText inside = new InlineText();
                        decodeInto(e, codes, unitId, problems, inside);
                        out.span(pc.start(), inside, pc.end());
                    } else {
                        problems.add(unknownCode(unitId, e, id));
                    }
                }
                case "mrk" -> decodeInto(e, codes, unitId, problems, out);
                case "sm", "em" -> {
                    // annotation markers carry no text
                }
                default -> problems.add(problem(Kind.BROKEN_INLINE_CODE, unitId, e,
                        UserTexts.of("problem.sop.xliff.unsupported-code", e.name(), Echoed.cut(id))));
            }
        }
    }

    private static Optional<Integer> codePoint(Element cp) {
        String hex = cp.attribute("hex").orElse("");
        if (hex.isEmpty() || hex.length() > 6) {
            return Optional.empty();
        }
        int value = Integer.parseInt(hex, 16);
        return Character.isValidCodePoint(value) ? Optional.of(value) : Optional.empty();
    }

    private static ImportProblem unknownCode(String unitId, Element e, String id) {
        String message = e.name().equals("ph") ? UserTexts.of("problem.sop.xliff.unknown-placeholder", e.name(), Echoed.cut(id))
                : UserTexts.of("problem.sop.xliff.unknown-paired-code", e.name(), Echoed.cut(id));
        return problem(Kind.BROKEN_INLINE_CODE, unitId, e, message);
    }

    /** A problem at the element; the message is a text of the bundle ({@code problem.sop.xliff.*}) in the request's language. */
    private static ImportProblem problem(Kind kind, String unitId, Element at, String message) {
        return new ImportProblem(kind, unitId, at.line(), at.column(), message);
    }
}
