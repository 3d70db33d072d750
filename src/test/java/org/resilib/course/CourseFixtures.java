package org.resilib.course;

import java.util.Map;
import java.util.UUID;
import org.resilib.HttpSession;

/**
 * Courses made for one test each through the authoring API, as an author would make them: a draft with one module,
 * or the same course published. The author's session owns the course.
 */
public final class CourseFixtures {

    private CourseFixtures() {
    }

    public static String aSlug() {
        return "fixture-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft course (never published) with one module, owned by {@code author}; returns its slug. */
    public static String aDraft(HttpSession author) {
        String slug = aSlug();
        author.request().contentType("application/json").body(Map.of("slug", slug,
                "title", Map.of("zh-CN", "夹具课程 " + slug, "en", "Fixture course " + slug),
                "summary", Map.of("zh-CN", "测试用课程", "en", "A course made by a test"), "dimension", "ability",
                "audience", "students", "minutes", 15, "quiz", Map.of("passPercent", 60)))
                .post("/api/v1/courses").then().statusCode(201);
        author.request().contentType("application/json").body(Map.of("slug", "intro",
                "title", Map.of("zh-CN", "导言", "en", "Introduction"),
                "body", Map.of("zh-CN", "## 导言\n\n正文。", "en", "## Introduction\n\nText.")))
                .post("/api/v1/courses/" + slug + "/modules").then().statusCode(201);
        return slug;
    }

    /** A published course (version 1) with one module, owned by {@code author}; returns its slug. */
    public static String aPublishedCourse(HttpSession author) {
        String slug = aDraft(author);
        author.request().contentType("application/json").post("/api/v1/courses/" + slug + "/publish").then().statusCode(200);
        return slug;
    }
}
