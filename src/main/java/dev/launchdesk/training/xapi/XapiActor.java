package dev.launchdesk.training.xapi;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The learner of a statement, an xAPI Agent identified by exactly one inverse functional identifier: an e-mail
 * address ({@code mbox}, sent as a {@code mailto:} IRI) or an account on a system ({@code account}: the system's home
 * page and the learner's name there, e.g. the agent's external id on the customer's LMS). The display name is
 * optional ({@code null} leaves it out).
 */
public sealed interface XapiActor permits XapiActor.Mailbox, XapiActor.Account {

    /** The display name, or {@code null}. */
    String name();

    /** An agent known by e-mail address. */
    record Mailbox(String email, String name) implements XapiActor {

        private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

        public Mailbox {
            Objects.requireNonNull(email, "email");
            if (!EMAIL.matcher(email).matches()) {
                throw new IllegalArgumentException("not an e-mail address: " + email);
            }
            // the domain part is case-insensitive; the spec asks for lowercase there
            int at = email.lastIndexOf('@');
            email = email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
        }

        String mbox() {
            return "mailto:" + email;
        }
    }

    /** An agent known by its account on a system: the system's home page (an absolute http(s) URL) and the account's name. */
    record Account(URI homePage, String accountName, String name) implements XapiActor {

        public Account {
            Objects.requireNonNull(homePage, "homePage");
            if (!homePage.isAbsolute() || !("http".equals(homePage.getScheme()) || "https".equals(homePage.getScheme()))) {
                throw new IllegalArgumentException("an account's home page is an absolute http(s) URL: " + homePage);
            }
            if (accountName == null || accountName.isBlank()) {
                throw new IllegalArgumentException("an account needs its name");
            }
        }
    }
}
