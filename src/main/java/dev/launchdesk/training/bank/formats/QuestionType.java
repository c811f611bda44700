package dev.launchdesk.training.bank.formats;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question a bank holds, with the code a CSV or XLSX sheet names them by. */
public enum QuestionType {
    /** One correct option among 2 to 6. */
    SINGLE_CHOICE("single"),
    /** One or more correct options among 2 to 6; answered right only when exactly those are chosen. */
    MULTIPLE_CHOICE("multiple"),
    /** A statement that is true or false: the two options {@link QuestionDraft.Option#TRUE} and {@link QuestionDraft.Option#FALSE}. */
    TRUE_FALSE("true_false");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** The code in the {@code type} column of a sheet. */
    public String code() {
        return code;
    }

    /** The type a sheet's {@code type} cell names (case and surrounding blanks ignored). */
    public static Optional<QuestionType> ofCode(String cell) {
        String wanted = cell == null ? "" : cell.trim().toLowerCase(Locale.ROOT);
        for (QuestionType type : values()) {
            if (type.code.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
