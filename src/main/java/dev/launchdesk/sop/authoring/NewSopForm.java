package dev.launchdesk.sop.authoring;

import org.springframework.modulith.NamedInterface;

import dev.launchdesk.shared.InputCheck;

/** A new global master SOP and the text of its first draft. */
@NamedInterface("authoring")
public record NewSopForm(String key, String title, String category, String body, String changeNote) {

    public static NewSopForm blank() {
        return new NewSopForm("", "", "", "", "First version");
    }

    void check() {
        new InputCheck()
                .require(key != null && key.trim().toUpperCase().matches("[A-Z0-9]+(-[A-Z0-9]+){1,4}") && key.trim().length() <= 40, "key",
                        "must look like SPS-RFD-001 (letters and digits in 2 to 5 parts joined by '-')")
                .require(title != null && !title.isBlank() && title.length() <= 200, "title", "is required (at most 200 characters)")
                .require(category != null && !category.isBlank() && category.length() <= 50, "category", "is required (at most 50 characters)")
                .require(body != null && !body.isBlank(), "body", "the procedure text is required")
                .require(changeNote == null || changeNote.length() <= 500, "changeNote", "must be at most 500 characters")
                .throwIfInvalid();
    }
}
