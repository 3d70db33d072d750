package org.resilib.db;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries as Java types. */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** A timestamptz as the driver gives it (an Instant, an OffsetDateTime or a Timestamp), or null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
