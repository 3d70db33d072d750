package org.resilib.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilib.text.Markdown;

/** What authors are told about instead of having it silently removed. */
class MarkdownActiveContentTest {

    @Test
    void scriptsHandlersJavascriptLinksAndForeignFramesAreActiveContent() {
        assertThat(Markdown.activeContent("<script>alert(1)</script>")).isNotEmpty();
        assertThat(Markdown.activeContent("text <img src=x onerror=alert(1)> more")).isNotEmpty();
        assertThat(Markdown.activeContent("[click](javascript:alert(1))")).isNotEmpty();
        assertThat(Markdown.activeContent("<iframe src=\"https://evil.example/\"></iframe>")).isNotEmpty();
        assertThat(Markdown.activeContent("<a href=\"#\" onclick=\"steal()\">x</a>")).isNotEmpty();
    }

    @Test
    void ordinaryMarkdownTablesImagesAndAllowedPlayersAreNot() {
        assertThat(Markdown.activeContent("# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![poster](/courses/x/assets/1/a.png)"
                + " [site](https://lib.example.edu) <center>old</center>")).isEmpty();
        assertThat(Markdown.activeContent(
                "<iframe src=\"https://player.bilibili.com/player.html?bvid=BV1xx411c7mD\" allowfullscreen></iframe>"))
                .isEmpty();
    }
}
