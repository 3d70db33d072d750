package org.resilib.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Time zones: the library's default zone for visitors and people who chose none, and lenient parsing. */
public final class Zones {

    /** Where Resilib's first libraries are; the zone of visitors and of people who have not chosen one. */
    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    /** The region zones people choose from (Asia/Shanghai, Europe/Berlin, ...), sorted; no aliases or offsets. */
    public static final List<String> REGIONS = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    private Zones() {
    }

    /** The zone named, or the default when the name is missing or unknown. */
    public static ZoneId orDefault(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return DEFAULT;
        }
    }

    /** Whether this is a zone name Java knows (region ids such as Europe/Berlin, or offsets). */
    public static boolean valid(String name) {
        try {
            ZoneId.of(name);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }
}
