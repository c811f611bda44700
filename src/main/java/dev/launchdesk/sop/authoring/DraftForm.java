package dev.launchdesk.sop.authoring;

import org.springframework.modulith.NamedInterface;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.UserTexts;

/** The editable part of a draft, with the lock version the editor read (a stale one is refused). */
@NamedInterface("authoring")
public record DraftForm(String title, String body, String changeNote, Integer lockVersion) {

    void check() {
        new InputCheck()
                .require(title != null && !title.isBlank() && title.length() <= 200, "title",
                        UserTexts.of("problem.sop.field.required-at-most", "200"))
                .require(body != null && !body.isBlank(), "body", UserTexts.of("problem.sop.form.body-required"))
                .require(changeNote == null || changeNote.length() <= 500, "changeNote", UserTexts.of("problem.sop.field.at-most", "500"))
                .require(lockVersion != null, "lockVersion", UserTexts.of("problem.sop.form.lock-version-required"))
                .throwIfInvalid();
    }
}
