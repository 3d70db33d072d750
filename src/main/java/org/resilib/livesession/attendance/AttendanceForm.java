package org.resilib.livesession.attendance;

import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The attendance sheet as posted: the people ticked as present (the others are not). */
public record AttendanceForm(@RestForm @Size(max = 10000, message = "too_long") List<Long> attended) {

    Set<Long> people() {
        return attended == null ? Set.of() : new HashSet<>(attended);
    }
}
