package org.resilib.guide.resource;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.resilib.text.CsvCells;

/**
 * The directory's CSV file, for import and export: a header row naming the columns below (in any order; unknown
 * columns are refused), texts per language in {@code _zh} and {@code _en} columns, subjects separated by
 * {@code ;}, dates as {@code YYYY-MM-DD}. Exported cells are formula-safe.
 */
final class ResourceCsv {

    static final List<String> COLUMNS = List.of("slug", "name_zh", "name_en", "description_zh", "description_en",
            "url", "kind", "vendor", "subjects", "access", "access_template", "trial_until", "free_until",
            "temporary_until", "temporary_note_zh", "temporary_note_en", "temporary_audience", "new_until");
    static final int MAX_ROWS = 5000;

    /** A data row with its line in the file, or the problem that kept it from being read. */
    record Row(int line, ResourceDraft.Given given, String error) {
    }

    private ResourceCsv() {
    }

    static List<Row> read(String text) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            Set<String> known = Set.copyOf(COLUMNS);
            boolean headerChecked = false;
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> r;
                try {
                    r = it.nextValue();
                } catch (RuntimeException e) {
                    rows.add(new Row(line, null, "guide_error_csv_row"));
                    continue;
                }
                if (!headerChecked) {
                    headerChecked = true;
                    for (String column : r.keySet()) {
                        if (!known.contains(column)) {
                            rows.add(new Row(1, null, "guide_error_csv_column"));
                            return rows;
                        }
                    }
                }
                if (rows.size() >= MAX_ROWS) {
                    rows.add(new Row(line, null, "guide_error_csv_rows"));
                    return rows;
                }
                r.replaceAll((k, v) -> unsafe(v));
                rows.add(new Row(line, given(r), null));
            }
        } catch (IOException | RuntimeException e) {
            rows.add(new Row(1, null, "guide_error_csv_row"));
        }
        return rows;
    }

    /** A cell as written before the export made it formula-safe. */
    private static String unsafe(String v) {
        return v != null && v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0
                ? v.substring(1) : v;
    }

    private static ResourceDraft.Given given(Map<String, String> r) {
        List<String> subjects = r.get("subjects") == null || r.get("subjects").isBlank() ? List.of()
                : Arrays.stream(r.get("subjects").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ResourceDraft.Given(r.get("slug"), texts(r, "name"), texts(r, "description"), r.get("url"),
                r.get("kind"), r.get("vendor"), subjects, r.get("access"), r.get("access_template"),
                r.get("trial_until"), r.get("free_until"), r.get("temporary_until"), texts(r, "temporary_note"),
                r.get("temporary_audience"), r.get("new_until"));
    }

    private static Map<String, String> texts(Map<String, String> r, String column) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh-CN", r.get(column + "_zh"));
        m.put("en", r.get(column + "_en"));
        return m;
    }

    /** The resources as the CSV file that {@link #read} takes back. */
    static String write(List<EResource> resources) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        try (var writer = mapper.writer(schema.build()).writeValues(out)) {
            for (EResource e : resources) {
                writer.write(COLUMNS.stream().map(c -> CsvCells.safe(cell(e, c))).toList());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static String cell(EResource e, String column) {
        return switch (column) {
            case "slug" -> e.slug();
            case "name_zh" -> e.name().getOrDefault("zh-CN", "");
            case "name_en" -> e.name().getOrDefault("en", "");
            case "description_zh" -> e.description().getOrDefault("zh-CN", "");
            case "description_en" -> e.description().getOrDefault("en", "");
            case "url" -> e.url();
            case "kind" -> e.kind();
            case "vendor" -> e.vendor();
            case "subjects" -> String.join(";", e.subjects());
            case "access" -> e.access().key();
            case "access_template" -> e.accessTemplate();
            case "trial_until" -> str(e.trialUntil());
            case "free_until" -> str(e.freeUntil());
            case "temporary_until" -> str(e.temporaryUntil());
            case "temporary_note_zh" -> e.temporaryNote().getOrDefault("zh-CN", "");
            case "temporary_note_en" -> e.temporaryNote().getOrDefault("en", "");
            case "temporary_audience" -> e.temporaryAudience();
            case "new_until" -> str(e.newUntil());
            default -> "";
        };
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
