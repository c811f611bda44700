package dev.launchdesk.training.bank.formats;

/**
 * One problem of a bank file: where it is (the GIFT line where the question starts, or the sheet row with the header
 * as row 1; 0 for the file as a whole), the column of a sheet ({@code null} for GIFT and for the file), the question
 * it concerns (its GIFT title, or the start of its text; {@code null} for sheets and the file), and the full text for
 * people, which already names the place.
 */
public record BankProblem(int line, String column, String question, String message) {
}
