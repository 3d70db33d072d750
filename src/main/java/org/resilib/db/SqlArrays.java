package org.resilib.db;

import java.util.Collection;
import java.util.stream.Collectors;

/** Ids or texts bound as one PostgreSQL array parameter ({@code = any(cast(?1 as bigint[]))}), not one per value. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** Texts as one {@code text[]} parameter ({@code = any(cast(?1 as text[]))}), each quoted. */
    public static String texts(Collection<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
