package dev.launchdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The POST forms of a rendered page, for checking that each carries the CSRF token. */
final class HtmlForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

    private HtmlForms() {
    }

    static List<String> postForms(String html) {
        List<String> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            if (form.group(1).toLowerCase().contains("method=\"post\"")) {
                forms.add(form.group(0));
            }
        }
        return forms;
    }
}
