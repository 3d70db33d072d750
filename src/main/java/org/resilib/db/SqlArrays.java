package org.resilib.db;

import java.util.Collection;
import java.util.stream.Collectors;

/** Ids bound as one PostgreSQL array parameter ({@code = any(cast(?1 as bigint[]))}) instead of one per id. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
