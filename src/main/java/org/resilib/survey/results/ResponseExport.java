package org.resilib.survey.results;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.resilib.survey.Subject;
import org.resilib.survey.Survey;
import org.resilib.survey.answer.AnswerRules;
import org.resilib.survey.definition.SurveyCheck;
import org.resilib.survey.definition.SurveyFile;
import org.resilib.text.CsvCells;

/**
 * A survey's responses as CSV: one row per response, one column per question (per option for a multiple choice,
 * per statement for a Likert scale, per option's place for a ranking, and the "other" text in a column of its own),
 * cells made formula-safe. Rows are read through a cursor and written as they come, so 100,000 responses are never
 * held in memory; the same table as XLSX. An anonymous survey's export has no person column at all.
 */
@ApplicationScoped
public class ResponseExport {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private static final CsvMapper CSV = new CsvMapper();
    /** Rows the XLSX writer keeps in memory. */
    static final int XLSX_WINDOW = 200;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    private final AgroalDataSource db;
    private final ObjectMapper json;

    ResponseExport(AgroalDataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The CSV of the responses in the scope, written when the response body is. */
    public StreamingOutput csv(Survey survey, ResultsAccess.Scope scope) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            SequenceWriter csv = CSV.writer(CsvSchema.emptySchema()).writeValues(w);
            rows(survey, scope, row -> line(csv, row));
            csv.flush();
            w.flush();
        };
    }

    /**
     * The same table as an XLSX workbook, written by POI's streaming writer: at most {@link #XLSX_WINDOW} rows are
     * in memory, the rest on their way to a temporary file; texts are cells of type text, so nothing is a formula.
     */
    public StreamingOutput xlsx(Survey survey, ResultsAccess.Scope scope) {
        return out -> {
            SXSSFWorkbook book = new SXSSFWorkbook(XLSX_WINDOW);
            try {
                Sheet sheet = book.createSheet("responses");
                int[] next = {0};
                rows(survey, scope, cells -> {
                    Row row = sheet.createRow(next[0]++);
                    for (int i = 0; i < cells.size(); i++) {
                        String v = cells.get(i) == null ? "" : cells.get(i);
                        if (next[0] > 1 && NUMBER.matcher(v).matches()) {
                            row.createCell(i).setCellValue(Double.parseDouble(v));
                        } else {
                            row.createCell(i).setCellValue(v);
                        }
                    }
                });
                book.write(out);
            } finally {
                book.dispose();
                book.close();
            }
        };
    }

    /**
     * The header, then each response's row as it is read through a cursor; the course (or session) each response is
     * about for a survey that follows every course (or sessions).
     */
    private void rows(Survey survey, ResultsAccess.Scope scope, RowSink sink) throws IOException {
        List<SurveyFile.Question> questions = new ArrayList<>(SurveyResults.answerable(survey.definition).values());
        boolean anonymous = survey.anonymous;
        String follows = survey.answeredPer();
        List<String> header = new ArrayList<>(List.of("response", "day", "respondent"));
        if (follows != null) {
            header.add(follows);
        }
        if (!anonymous) {
            header.add("person");
        }
        questions.forEach(q -> header.addAll(columns(q)));
        sink.accept(header);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("select cast(id as text), cast(submitted_on as text),"
                    + " respondent_role, person_id, cast(answers as text), subject from survey_response r"
                    + " where " + NUMBERED.matcher(ResultsAccess.Scope.CONDITION).replaceAll("?")
                    + " order by submitted_on, id")) {
                ps.setFetchSize(500);
                bind(ps, survey.id, scope);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> row = new ArrayList<>(List.of(rs.getString(1), rs.getString(2),
                                rs.getString(3)));
                        if (follows != null) {
                            row.add(Subject.of(rs.getString(6)).ref());
                        }
                        if (!anonymous) {
                            long person = rs.getLong(4);
                            row.add(rs.wasNull() ? "" : String.valueOf(person));
                        }
                        Map<String, Object> answers = json.readValue(rs.getString(5), ANSWERS);
                        questions.forEach(q -> row.addAll(cells(q, answers.get(q.id()))));
                        sink.accept(row);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Binds {@link ResultsAccess.Scope#CONDITION}, written with plain placeholders: its numbered ones in order. */
    private static void bind(PreparedStatement ps, long surveyId, ResultsAccess.Scope scope) throws SQLException {
        List<Object> numbered = new ArrayList<>();
        numbered.add(surveyId);
        numbered.addAll(scope.parameters());
        Matcher m = NUMBERED.matcher(ResultsAccess.Scope.CONDITION);
        for (int i = 1; m.find(); i++) {
            ps.setObject(i, numbered.get(Integer.parseInt(m.group(1)) - 1));
        }
    }

    /** Where rows go. */
    private interface RowSink {
        void accept(List<String> row) throws IOException;
    }

    static List<String> columns(SurveyFile.Question q) {
        List<String> out = new ArrayList<>();
        switch (q.kind()) {
            case MULTIPLE -> q.optionList().forEach(o -> out.add(q.id() + "." + o.id()));
            case LIKERT -> q.statementList().forEach(s -> out.add(q.id() + "." + s.id()));
            case RANKING -> q.optionList().forEach(o -> out.add(q.id() + "." + o.id()));
            default -> out.add(q.id());
        }
        if (q.hasOther()) {
            out.add(q.id() + "." + SurveyCheck.OTHER);
        }
        return out;
    }

    static List<String> cells(SurveyFile.Question q, Object answer) {
        List<String> out = new ArrayList<>();
        List<String> chosen = AnswerRules.chosen(answer);
        switch (q.kind()) {
            case MULTIPLE -> q.optionList().forEach(o -> out.add(answer == null ? "" : chosen.contains(o.id())
                    ? "1" : "0"));
            case LIKERT -> q.statementList().forEach(s -> out.add(answer instanceof Map<?, ?> m && m.get(s.id())
                    != null ? String.valueOf(m.get(s.id())) : ""));
            case RANKING -> q.optionList().forEach(o -> out.add(answer instanceof Collection<?> l
                    ? String.valueOf(new ArrayList<>(l).indexOf(o.id()) + 1) : ""));
            case SINGLE, DROPDOWN -> out.add(chosen.isEmpty() ? "" : chosen.get(0));
            default -> out.add(answer == null || answer instanceof Map || answer instanceof Collection ? ""
                    : String.valueOf(answer));
        }
        if (q.hasOther()) {
            out.add(answer instanceof Map<?, ?> m && m.get("other") != null ? String.valueOf(m.get("other")) : "");
        }
        return out;
    }

    /** A row, each cell formula-safe (numbers stay numbers). */
    private static void line(SequenceWriter csv, List<String> cells) throws IOException {
        csv.write(cells.stream().map(c -> c == null ? "" : NUMBER.matcher(c).matches() ? c : CsvCells.safe(c))
                .toList());
    }
}
