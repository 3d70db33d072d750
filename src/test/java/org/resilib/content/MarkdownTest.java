package org.resilib.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilib.text.Markdown;

class MarkdownTest {

    @Test
    void rendersTablesHeadingAnchorsAndImages() {
        String html = Markdown.toSafeHtml("""
                ## 检索技巧 Search tips

                | 运算符 | 例子 |
                |---|---|
                | AND | 疫情 AND 图书馆 |

                ![Library logo](https://example.org/logo.png)
                """);
        assertThat(html).contains("<h2 id=\"sec-", "<table>", "<td>AND</td>", "<img src=\"https://example.org/logo.png\"",
                "alt=\"Library logo\"");
    }

    @Test
    void removesScriptsEventHandlersAndJavascriptUrls() {
        String html = Markdown.toSafeHtml("""
                Hello <script>alert(1)</script>

                <img src="x.png" onerror="alert(2)">

                [click](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">x</a>

                <div style="position:fixed" onclick="alert(5)">boxed</div>
                """);
        assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("onerror", "onclick", "alert(", "style=");
        assertThat(html).contains("Hello", "boxed");
    }

    @Test
    void keepsIframesOnlyFromAllowListedVideoPlayers() {
        String html = Markdown.toSafeHtml("""
                <iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7mD&page=1" allowfullscreen></iframe>

                <iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"></iframe>

                <iframe src="https://evil.example.com/embed/x"></iframe>

                <iframe src="javascript:alert(1)"></iframe>

                <iframe srcdoc="<script>alert(1)</script>"></iframe>
                """);
        assertThat(html).contains("https://player.bilibili.com/player.html?bvid&#61;BV1xx411c7mD")
                .contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
                .doesNotContain("evil.example.com", "javascript", "srcdoc", "<script");
        assertThat(html.split("<iframe", -1)).hasSize(3);
    }

    @Test
    void linksGetSafeRel() {
        String html = Markdown.toSafeHtml("[WHO](https://www.who.int/)");
        assertThat(html).contains("href=\"https://www.who.int/\"").contains("noopener").contains("noreferrer");
    }
}
