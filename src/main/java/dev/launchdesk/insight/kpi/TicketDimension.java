package dev.launchdesk.insight.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A dimension tickets are counted by. Each maps to a column (or, for the SOP version, an expression) of the
 * daily roll-up {@code ticket_day} and of {@code ticket}; tickets without a launch or SOP have the value "".
 */
public enum TicketDimension {
    MARKET("market", "Market", "market_code"),
    VENDOR("vendor", "Vendor", "vendor_code"),
    SITE("site", "Site", "site_code"),
    CHANNEL("channel", "Channel", "channel"),
    CATEGORY("category", "Issue category", "category"),
    LAUNCH("launch", "Launch", "launch_key"),
    SOP_VERSION("sop", "SOP version",
            "case when sop_key = '' then '' else sop_key || ' v' || cast(sop_version as varchar(10)) end");

    private final String parameter;
    private final String label;
    private final String sql;

    TicketDimension(String parameter, String label, String sql) {
        this.parameter = parameter;
        this.label = label;
        this.sql = sql;
    }

    /** The name used in URLs, API parameters, CSV headers and RCA answers ("market", "vendor", ...). */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    /** The SQL expression over ticket_day / ticket columns (trusted text, never user input). */
    public String sql() {
        return sql;
    }

    public static Optional<TicketDimension> fromParameter(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.parameter.equals(wanted) || d.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
