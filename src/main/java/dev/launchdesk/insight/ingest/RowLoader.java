package dev.launchdesk.insight.ingest;

import java.time.LocalDate;
import java.util.Set;

/** What one kind of import file needs: its columns, the row check, the staging table and the merge into the real tables. */
interface RowLoader<R> {

    record Merged(long rows, long updated, Set<String> markets, LocalDate firstDay, LocalDate lastDay) {
    }

    ImportKind kind();

    ImportColumns columns();

    /** The checked row, or throws {@link RowProblem.Rejected}. */
    R parse(RawRecord record);

    Staging<R> openStaging(long importId);

    Merged merge(long importId);
}
