/**
 * Question bank files: Moodle GIFT (what trainers already have), CSV and XLSX, read into neutral
 * {@link dev.launchdesk.training.bank.formats.QuestionDraft}s and written from them. Pure code: no database, no Spring
 * beans; whether a question's SOP section exists is the core's check (docs/training-bank-formats.md describes the
 * formats for trainers).
 *
 * <pre>
 * BankDefaults defaults = BankDefaults.forSection("SPS-RFD-001", "refund-window", "th"); // or BankDefaults.inLanguage("th")
 * BankReading reading = GiftReader.read(bytes, defaults);       // BankCsv.read(bytes, defaults), BankWorkbook.read(bytes, defaults)
 * reading.questions();          // every question read (also those with problems): for a preview
 * reading.problems();           // every problem: line (GIFT) or row and column (sheets), question, text for people
 * reading.acceptedQuestions();  // the questions, or QuestionBankRejectedException with every problem: nothing half-read
 *
 * GiftWriter.write(questions)               → GIFT text (UTF-8) that Moodle imports and GiftReader reads back
 * BankCsv.write(questions, out)             → CSV with byte-order mark, CRLF, formulas neutralised
 * BankWorkbook.write(questions, out)        → XLSX, one sheet "questions", streamed
 * </pre>
 *
 * <p>Each {@link dev.launchdesk.training.bank.formats.QuestionDraft} checks its own rules
 * ({@link dev.launchdesk.training.bank.formats.QuestionDraft#violations()}: text, 2 to 6 options, exactly one correct
 * option for single choice, at least one for multiple choice, true/false as the two options {@code true} and
 * {@code false}, the explanation, one language tag); the readers report them with the place in the file. Problem texts
 * come from the message bundle ({@code problem.training.bank.*}) in the language of the request. Round trips
 * writer → reader are property-tested for all three formats.
 */
package dev.launchdesk.training.bank.formats;
