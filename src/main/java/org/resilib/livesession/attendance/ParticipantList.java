package org.resilib.livesession.attendance;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The participant CSV that meeting platforms export. Columns are found by their header, in English or Chinese
 * (Zoom: "Name (Original Name)", "User Email"; Tencent Meeting: "用户昵称", "邮箱"; Teams: "Full Name", "Email").
 */
final class ParticipantList {

    record Participant(String name, String email, String raw) {
    }

    record Parsed(List<Participant> participants) {
    }

    static Parsed parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Participant> out = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            int nameCol = -1;
            int emailCol = -1;
            boolean header = true;
            while (it.hasNextValue()) {
                List<String> cells = it.nextValue();
                if (header) {
                    for (int i = 0; i < cells.size(); i++) {
                        String h = cells.get(i).toLowerCase(Locale.ROOT);
                        if (emailCol < 0 && (h.contains("email") || h.contains("e-mail") || h.contains("邮箱"))) {
                            emailCol = i;
                        } else if (nameCol < 0 && (h.contains("name") || h.contains("昵称") || h.contains("姓名")
                                || h.contains("用户") || h.contains("参会者"))) {
                            nameCol = i;
                        }
                    }
                    if (nameCol < 0 && emailCol < 0) {
                        nameCol = 0;
                    }
                    header = false;
                    continue;
                }
                String name = cell(cells, nameCol);
                if (name != null) {
                    name = name.replaceAll("\\s*\\(.*\\)$", "").strip();
                }
                String email = cell(cells, emailCol);
                if ((name == null || name.isEmpty()) && (email == null || email.isEmpty())) {
                    continue;
                }
                out.add(new Participant(name, email == null || email.isEmpty() ? null : email, String.join(",", cells)));
            }
        } catch (IOException | RuntimeException e) {
            // Whatever was read before the malformed line is kept; the rest is reported as one unmatched row.
            out.add(new Participant(null, null, "malformed CSV"));
        }
        return new Parsed(out);
    }

    private static String cell(List<String> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i).strip() : null;
    }
}
