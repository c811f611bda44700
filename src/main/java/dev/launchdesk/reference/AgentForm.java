package dev.launchdesk.reference;

import java.time.LocalDate;
import java.util.UUID;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.UserTexts;

public record AgentForm(String externalId, String fullName, String email, UUID siteId, String languages, String skills,
                        AgentStatus status, LocalDate hiredOn, Integer version) {

    public static AgentForm blank() {
        return new AgentForm("", "", "", null, "", "", AgentStatus.ONBOARDING, null, null);
    }

    public static AgentForm of(Agent a) {
        return new AgentForm(a.externalId(), a.fullName(), a.email(), a.siteId(), String.join(", ", a.languages()),
                String.join(", ", a.skills()), a.status(), a.hiredOn(), a.version());
    }

    void check() {
        checks().throwIfInvalid();
    }

    /** The rules of {@link #check()} plus the version an update must carry. */
    void checkUpdate() {
        checks().requireVersion(version).throwIfInvalid();
    }

    private InputCheck checks() {
        InputCheck check = new InputCheck()
                .require(externalId != null && externalId.trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"), "externalId",
                        UserTexts.of("problem.reference.agent.external-id-form"))
                .require(fullName != null && !fullName.isBlank() && fullName.length() <= 200, "fullName",
                        UserTexts.of("problem.shared.field.required-at-most", "200"))
                .require(email == null || email.isBlank() || email.trim().matches(VendorForm.EMAIL), "email",
                        UserTexts.of("problem.shared.field.email"))
                .require(siteId != null, "siteId", UserTexts.of("problem.shared.field.required"))
                .require(status != null, "status", UserTexts.of("problem.shared.field.required"))
                .require(skills == null || skills.length() <= 500, "skills", UserTexts.of("problem.shared.field.at-most", "500"));
        LanguageTags.problemIn(languages).ifPresent(p -> check.add("languages", p));
        return check;
    }
}
