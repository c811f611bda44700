package dev.launchdesk.training.assignment;

/**
 * A live assignment rule for a module: vendor (code) and site (code), a language and a skill, each optional, and how
 * many days after being assigned it is due (14 when absent).
 */
@org.springframework.modulith.NamedInterface("assignment")
public record RuleForm(String vendor, String site, String language, String skill, Integer dueInDays) {
}
