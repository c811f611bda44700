package dev.launchdesk.sop;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of one immutable SOP version, as other modules hold it. Written to JSON as the bare UUID. */
public record SopVersionId(UUID value) {

    public SopVersionId {
        if (value == null) {
            throw new IllegalArgumentException("an SOP version id needs a UUID");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SopVersionId of(UUID value) {
        return new SopVersionId(value);
    }

    @Override
    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
