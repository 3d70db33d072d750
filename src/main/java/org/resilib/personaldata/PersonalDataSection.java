package org.resilib.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A feature's part of what Resilib holds about a person. Each feature that stores personal data implements this
 * (an application-scoped bean), so its tables are read and anonymised only by its own code; the privacy feature
 * collects every section into the person's download and runs every anonymisation in one transaction. A new feature
 * that keeps data about people adds a section and is in the download and the anonymisation at once.
 */
public interface PersonalDataSection {

    /** Where the sections stand in the download, lowest first. */
    int order();

    /** The named parts of the download this feature holds for the person (JSON arrays or objects); no secrets. */
    Map<String, JsonNode> export(long personId);

    /**
     * Removes who the person was from this feature's data, keeping what they did where statistics need it. Runs
     * inside the anonymisation transaction; {@code formerEmail} is the address the person had, {@code adminId} the
     * administrator anonymising them.
     */
    default void anonymise(long personId, String formerEmail, long adminId) {
    }
}
