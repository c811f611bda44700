package dev.launchdesk.reference;

import java.util.List;

import dev.launchdesk.shared.StreamedWorkbook;
import dev.launchdesk.shared.UserTexts;

/** The first sheet of an XLSX roster, streamed ({@link StreamedWorkbook}), cells trimmed, problems in the roster's words. */
final class RosterWorkbook {

    private RosterWorkbook() {
    }

    /** Rows that are not blank, each with its spreadsheet row number; at most {@code maxRows} of them. */
    static List<RosterFile.Line> read(byte[] content, int maxRows) {
        try {
            return StreamedWorkbook.firstSheet(content, maxRows).stream()
                    .map(row -> new RosterFile.Line(row.number(), row.cells().stream().map(String::trim).toList()))
                    .toList();
        } catch (StreamedWorkbook.Problem problem) {
            throw switch (problem.reason()) {
                case NO_SHEET -> RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.no-sheet"));
                case TOO_MANY_ROWS -> RosterFile.tooManyRows();
                case TOO_BIG -> RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.workbook-too-big"));
                case UNREADABLE -> RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.workbook-unreadable"));
            };
        }
    }
}
