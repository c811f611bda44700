package dev.launchdesk.sop.authoring;

import org.springframework.modulith.NamedInterface;

import dev.launchdesk.shared.InputCheck;

/** The editable part of a draft, with the lock version the editor read (a stale one is refused). */
@NamedInterface("authoring")
public record DraftForm(String title, String body, String changeNote, Integer lockVersion) {

    void check() {
        new InputCheck()
                .require(title != null && !title.isBlank() && title.length() <= 200, "title", "is required (at most 200 characters)")
                .require(body != null && !body.isBlank(), "body", "the procedure text is required")
                .require(changeNote == null || changeNote.length() <= 500, "changeNote", "must be at most 500 characters")
                .require(lockVersion != null, "lockVersion", "is required: send the lockVersion you read")
                .throwIfInvalid();
    }
}
