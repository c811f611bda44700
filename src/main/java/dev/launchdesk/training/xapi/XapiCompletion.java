package dev.launchdesk.training.xapi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One learner's finished training module, as the core records it: who, which module (its path under the activity
 * base, e.g. {@code modules/<module id>}, and its title in the module's language), the outcome, the score (none for a
 * module without quiz), how long it took ({@code null} if not known) and when it was finished. The statement id
 * should come from the attempt, so that sending the same completion twice gives the learning record store the same
 * statement ({@link XapiStatements#statementId}).
 */
public record XapiCompletion(UUID statementId, XapiActor learner, String activityPath, String activityName, String language,
                             XapiOutcome outcome, XapiScore score, Duration duration, Instant finishedAt) {

    public XapiCompletion {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (activityPath == null || activityPath.isBlank() || activityPath.startsWith("/")) {
            throw new IllegalArgumentException("the activity path is relative to the activity base, e.g. modules/<id>: " + activityPath);
        }
        if (activityName == null || activityName.isBlank()) {
            throw new IllegalArgumentException("the activity needs its name");
        }
        if (language == null || !language.matches("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*")) {
            throw new IllegalArgumentException("the language is an RFC 5646 tag: " + language);
        }
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("a duration is not negative: " + duration);
        }
        if (outcome != XapiOutcome.COMPLETED && score == null) {
            throw new IllegalArgumentException("a passed or failed quiz has a score");
        }
    }
}
