package org.resilib.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached just now (a restart, a fail-over, a full pool) rather than
 * a fault of the request or the code: connection exceptions (SQLSTATE class 08), the server shutting down or
 * starting (57P01, 57P02, 57P03), too many connections (53300), the pool's acquisition timeout, a refused socket.
 */
public final class DatabaseUnavailable {

    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        return why(failure) != null;
    }

    /** The failure in the chain that says so, as a short text; null when none does. */
    public static String why(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return state + " " + sql.getMessage();
                }
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return sql.getMessage();
                }
            }
            if (t instanceof ConnectException) {
                return t.getMessage();
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return t.getMessage();
            }
        }
        return null;
    }
}
