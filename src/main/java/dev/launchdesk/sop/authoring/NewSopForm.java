package dev.launchdesk.sop.authoring;

import org.springframework.modulith.NamedInterface;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.UserTexts;

/** A new global master SOP and the text of its first draft. */
@NamedInterface("authoring")
public record NewSopForm(String key, String title, String category, String body, String changeNote) {

    public static NewSopForm blank() {
        return new NewSopForm("", "", "", "", UserTexts.of("sop.new.firstVersionNote"));
    }

    void check() {
        new InputCheck()
                .require(key != null && key.trim().toUpperCase().matches("[A-Z0-9]+(-[A-Z0-9]+){1,4}") && key.trim().length() <= 40, "key",
                        UserTexts.of("problem.sop.form.key-shape", "SPS-RFD-001"))
                .require(title != null && !title.isBlank() && title.length() <= 200, "title",
                        UserTexts.of("problem.sop.field.required-at-most", "200"))
                .require(category != null && !category.isBlank() && category.length() <= 50, "category",
                        UserTexts.of("problem.sop.field.required-at-most", "50"))
                .require(body != null && !body.isBlank(), "body", UserTexts.of("problem.sop.form.body-required"))
                .require(changeNote == null || changeNote.length() <= 500, "changeNote", UserTexts.of("problem.sop.field.at-most", "500"))
                .throwIfInvalid();
    }
}
