package dev.launchdesk.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** What kind of value a field takes, in words for an error message ("a whole number"), never a Java type name. */
record ExpectedType(String messageCode, String choices) {

    static ExpectedType of(Class<?> type) {
        if (type == null) {
            return new ExpectedType("api.type.value", "");
        }
        if (type.isEnum()) {
            return new ExpectedType("api.type.oneOf", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")));
        }
        return new ExpectedType(code(type), "");
    }

    private static String code(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class || type == BigInteger.class) {
            return "api.type.wholeNumber";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class || type == BigDecimal.class
                || Number.class.isAssignableFrom(type)) {
            return "api.type.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "api.type.boolean";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "api.type.text";
        }
        if (type == LocalDate.class) {
            return "api.type.date";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class) {
            return "api.type.dateTime";
        }
        if (type == UUID.class) {
            return "api.type.id";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "api.type.list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "api.type.object";
        }
        return "api.type.value";
    }

    /** The words, from the message bundle. */
    String describe(BiFunction<String, Object[], String> messages) {
        return messages.apply(messageCode, new Object[] {choices});
    }
}
