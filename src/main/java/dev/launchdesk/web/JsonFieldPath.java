package dev.launchdesk.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Where in a JSON body a value sits, as a client names it: {@code validDays}, {@code filters.market[1]}. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference step : path) {
            if (step.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
