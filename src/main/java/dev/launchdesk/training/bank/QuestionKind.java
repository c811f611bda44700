package dev.launchdesk.training.bank;

/** How a question is answered: one option, one or more options, or true/false (two options, one correct). */
@org.springframework.modulith.NamedInterface("bank")
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE
}
