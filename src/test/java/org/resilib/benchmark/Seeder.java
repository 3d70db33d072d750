package org.resilib.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.resilib.people.Passwords;

/**
 * Writes benchmark data straight into the app's database with SQL (tables from {@code db/migration}). The course
 * outline the app keeps in memory is refreshed by the content epoch that triggers on {@code course} and
 * {@code course_module} bump (V19), so the app sees the seeded courses at its next request.
 */
final class Seeder {

    static final String PASSWORD = "bench-learner-password";
    static final String MANY = "learner-many@bench.resilib";
    static final String ONE = "learner-one@bench.resilib";
    static final String LONG_COURSE = "bench-long-course";
    static final int COURSES = 1_000;
    static final int LEARNERS = 10_000;

    private final Connection db;
    private final String hash = Passwords.hash(PASSWORD);

    Seeder(Connection db) {
        this.db = db;
    }

    /** Phase A: {@code count} students, each enrolled in three starter courses with their first module done. */
    List<String> signedInLearners(int count) throws SQLException {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(String.format("signed-in-%02d@bench.resilib", i));
        }
        students(emails);
        execute("""
                insert into enrolment (person_id, course_id)
                select p.id, c.id from person p
                cross join (select id from course where status = 'published' and audience <> 'librarians'
                            and slug <> 'closure-day-quiz' order by slug limit 3) c
                where p.email like 'signed-in-%@bench.resilib';
                insert into module_progress (person_id, module_id)
                select e.person_id, m.id from enrolment e
                join person p on p.id = e.person_id and p.email like 'signed-in-%@bench.resilib'
                join course_module m on m.course_id = e.course_id and m.position = (select min(position)
                     from course_module f where f.course_id = e.course_id and not f.retired);
                """);
        return emails;
    }

    /** Phase C: {@code count} students with no enrolments, who take the benchmark's quiz and register. */
    List<String> writers(int count) throws SQLException {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add(String.format("writer-%04d@bench.resilib", i));
        }
        students(emails);
        return emails;
    }

    /** Students with these emails, the learners' password and a Chinese display name. */
    private void students(List<String> emails) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into person (email, display_name, password_hash)"
                + " values (?, ?, ?)")) {
            for (int i = 0; i < emails.size(); i++) {
                insert.setString(1, emails.get(i));
                insert.setString(2, "测试学员 " + i);
                insert.setString(3, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement roles = db.prepareStatement("insert into person_role (person_id, role)"
                + " select id, 'student' from person where email = any (?)")) {
            roles.setArray(1, db.createArrayOf("text", emails.toArray()));
            roles.executeUpdate();
        }
    }

    /**
     * Phase B: 1,000 published courses of 5 modules, one of 50 modules ({@link #LONG_COURSE}), 10,000 students
     * enrolled in three courses each with some modules done, {@link #MANY} enrolled in 30 courses with progress,
     * {@link #ONE} enrolled in one.
     */
    void realisticData() throws SQLException {
        try (PreparedStatement courses = db.prepareStatement("""
                insert into course (slug, title, summary, dimension, audience, minutes, status, source, search_text)
                select 'bench-' || lpad(g::text, 4, '0'),
                       jsonb_build_object('zh-CN', '信息素养微课 ' || g || '：检索、评价与引用',
                                          'en', 'Information literacy micro-course ' || g || ': search, judge, cite'),
                       jsonb_build_object('zh-CN', ?::text, 'en', ?::text),
                       (array['awareness', 'ability', 'ethics', 'new-media'])[1 + g % 4],
                       (array['students', 'everyone'])[1 + g % 2],
                       25 + g % 40, 'published', 'browser',
                       lower('信息素养微课 ' || g || '：检索、评价与引用' || chr(10)
                             || 'Information literacy micro-course ' || g || ': search, judge, cite')
                from generate_series(1, ?) g
                union all
                select ?, jsonb_build_object('zh-CN', '图书馆资源长课程（50 个单元）',
                                             'en', 'The long library resources course (50 modules)'),
                       jsonb_build_object('zh-CN', ?::text, 'en', ?::text), 'ability', 'everyone', 300,
                       'published', 'browser', lower('图书馆资源长课程（50 个单元）' || chr(10)
                                                     || 'The long library resources course (50 modules)')
                """)) {
            courses.setString(1, Text.SUMMARY_ZH);
            courses.setString(2, Text.SUMMARY_EN);
            courses.setInt(3, COURSES);
            courses.setString(4, LONG_COURSE);
            courses.setString(5, Text.SUMMARY_ZH);
            courses.setString(6, Text.SUMMARY_EN);
            courses.executeUpdate();
        }
        try (PreparedStatement modules = db.prepareStatement("""
                insert into course_module (course_id, slug, position, minutes, title, body_markdown, body_html)
                select c.id, 'module-' || p, p, 6 + p % 7,
                       jsonb_build_object('zh-CN', '第 ' || p || ' 单元：' || ?, 'en', 'Module ' || p || ': ' || ?),
                       jsonb_build_object('zh-CN', ?::text, 'en', ?::text),
                       jsonb_build_object('zh-CN', ?::text, 'en', ?::text)
                from course c
                cross join generate_series(1, 50) p
                where (c.slug like 'bench-____' and p <= 5) or c.slug = ?
                """)) {
            modules.setString(1, "检索策略");
            modules.setString(2, "search strategies");
            modules.setString(3, Text.MARKDOWN_ZH);
            modules.setString(4, Text.MARKDOWN_EN);
            modules.setString(5, Text.HTML_ZH);
            modules.setString(6, Text.HTML_EN);
            modules.setString(7, LONG_COURSE);
            modules.executeUpdate();
        }
        try (PreparedStatement people = db.prepareStatement("""
                insert into person (email, display_name, password_hash)
                select 'learner-' || lpad(g::text, 5, '0') || '@bench.resilib', '学员 ' || g, ?
                from generate_series(1, ?) g
                union all select ?, '选了 30 门课的学员', ?
                union all select ?, '选了 1 门课的学员', ?
                """)) {
            people.setString(1, hash);
            people.setInt(2, LEARNERS);
            people.setString(3, MANY);
            people.setString(4, hash);
            people.setString(5, ONE);
            people.setString(6, hash);
            people.executeUpdate();
        }
        // Each learner takes three of the generated courses and has done between none and all of a course's
        // modules; MANY takes bench-0001..0030 (some finished, some not started), ONE takes bench-0001.
        execute("""
                insert into person_role (person_id, role)
                select id, 'student' from person where email like 'learner-%@bench.resilib';
                insert into enrolment (person_id, course_id, enrolled_at)
                select p.id, c.id, now() - (p.id % 90) * interval '1 day'
                from person p cross join generate_series(0, 2) k
                join course c on c.slug = 'bench-' || lpad((1 + (p.id * 7 + k * 331) % 1000)::text, 4, '0')
                where p.email like 'learner-_____@bench.resilib';
                insert into enrolment (person_id, course_id)
                select p.id, c.id from person p join course c on c.slug between 'bench-0001' and 'bench-0030'
                where p.email = 'learner-many@bench.resilib'
                union all
                select p.id, c.id from person p join course c on c.slug = 'bench-0001'
                where p.email = 'learner-one@bench.resilib';
                insert into module_progress (person_id, module_id, completed_at)
                select e.person_id, m.id, e.enrolled_at + m.position * interval '1 hour'
                from enrolment e
                join person p on p.id = e.person_id and p.email like 'learner-%@bench.resilib'
                join course_module m on m.course_id = e.course_id
                where m.position <= (e.person_id + e.course_id) % 6;
                insert into module_progress (person_id, module_id)
                select p.id, m.id from person p join course c on c.slug = 'bench-0001'
                join course_module m on m.course_id = c.id and m.position <= 2
                where p.email = 'learner-one@bench.resilib'
                on conflict do nothing;
                analyze;
                """);
    }

    String firstStarterCourse() throws SQLException {
        return single("select slug from course where status = 'published' and audience <> 'librarians'"
                + " and slug not like 'bench-%' order by slug limit 1");
    }

    String firstModule(String course) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select m.slug from course_module m join course c"
                + " on c.id = m.course_id where c.slug = ? and not m.retired order by m.position limit 1")) {
            q.setString(1, course);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    long count(String table) throws SQLException {
        return Long.parseLong(single("select count(*) from " + table));
    }

    private String single(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return r.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** Module and course texts about the size of the starter content's (about 2 KB of Markdown a language). */
    private static final class Text {
        static final String SUMMARY_ZH = "学会把研究问题拆成检索词，在图书馆目录、中文数据库和开放获取平台中检索，"
                + "判断来源是否可靠，并按规范引用。每个单元约十分钟，配有练习。";
        static final String SUMMARY_EN = "Turn a research question into search terms, search the catalogue, Chinese"
                + " databases and open-access platforms, judge whether a source is reliable and cite it properly."
                + " About ten minutes a module, with exercises.";
        private static final String PARAGRAPH_ZH = "检索之前先想清楚你要回答的问题：它涉及哪些概念，每个概念有哪些同义词、"
                + "上位词和英文说法。把这些词写下来，再用布尔逻辑组合，先宽后窄，边看结果边调整。";
        private static final String PARAGRAPH_EN = "Before you search, be clear about the question you want to answer:"
                + " which concepts it involves, and what synonyms, broader terms and English equivalents each has."
                + " Write them down, combine them with Boolean operators, start broad and narrow down as you read.";
        static final String MARKDOWN_ZH = markdown("检索之前", "列出概念", PARAGRAPH_ZH);
        static final String MARKDOWN_EN = markdown("Before searching", "List the concepts", PARAGRAPH_EN);
        static final String HTML_ZH = html("检索之前", "列出概念", PARAGRAPH_ZH);
        static final String HTML_EN = html("Before searching", "List the concepts", PARAGRAPH_EN);

        private static String markdown(String h1, String h2, String p) {
            return "## " + h1 + "\n\n" + p + "\n\n" + p + "\n\n- " + p + "\n- " + p + "\n\n## " + h2 + "\n\n" + p
                    + "\n\n" + p + "\n\n> " + p + "\n";
        }

        private static String html(String h1, String h2, String p) {
            return "<h2 id=\"" + slug(h1) + "\">" + h1 + "</h2>\n<p>" + p + "</p>\n<p>" + p + "</p>\n<ul>\n<li>" + p
                    + "</li>\n<li>" + p + "</li>\n</ul>\n<h2 id=\"" + slug(h2) + "\">" + h2 + "</h2>\n<p>" + p
                    + "</p>\n<p>" + p + "</p>\n<blockquote>\n<p>" + p + "</p>\n</blockquote>\n";
        }

        private static String slug(String heading) {
            return heading.toLowerCase().replace(' ', '-');
        }
    }
}
