package org.resilib;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** How many statements the application prepared while a request ran (Hibernate's statistics, on in tests). */
public final class Statements {

    private Statements() {
    }

    public static long during(EntityManagerFactory emf, Runnable request) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }
}
