package org.resilib.people;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.resilib.identity.Role;

/**
 * Reads {@code email,name,roles} rows (roles separated by ';', '|' or spaces, or by commas inside quotes; a header
 * row is skipped). Pure: each row becomes a {@link Row} with its line number or the reason it cannot be imported.
 */
final class CsvImport {

    static final int MAX_ROWS = 5000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[;|,\\s]+");

    record Row(int line, String email, String name, Set<Role> roles, String problem) {
    }

    static List<Row> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            boolean first = true;
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                List<String> cells = it.nextValue();
                if (first && !cells.isEmpty() && cells.get(0).strip().equalsIgnoreCase("email")) {
                    first = false;
                    continue;
                }
                first = false;
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    rows.add(new Row(line, "", "", Set.of(), "import_too_many_rows"));
                    break;
                }
                rows.add(row(line, cells));
            }
        } catch (IOException | RuntimeException e) {
            rows.add(new Row(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1, "", "", Set.of(),
                    "import_malformed_csv"));
        }
        return rows;
    }

    private static Row row(int line, List<String> cells) {
        String email = cell(cells, 0);
        String name = cell(cells, 1);
        String roleText = cells.size() > 2 ? String.join(";", cells.subList(2, cells.size())) : "";
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            return new Row(line, email, name, Set.of(), "email_invalid");
        }
        if (name.isBlank() || name.length() > 120) {
            return new Row(line, email, name, Set.of(), name.isBlank() ? "import_name_missing" : "too_long");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String key : ROLE_SEPARATORS.split(roleText.strip())) {
            if (key.isBlank()) {
                continue;
            }
            var role = Role.fromKey(key.toLowerCase(Locale.ROOT));
            if (role.isEmpty()) {
                return new Row(line, email, name, Set.of(), "invalid_role");
            }
            roles.add(role.get());
        }
        if (roles.isEmpty()) {
            roles.add(Role.STUDENT);
        }
        return new Row(line, email, name, roles, null);
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
    }
}
