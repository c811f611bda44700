package dev.launchdesk.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** H2 trigger (see db/migration/h2) that refuses every update and delete of an audit entry. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed");
    }
}
