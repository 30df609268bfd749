package org.tessera.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Articles keep their formatting, and nothing that could run in a reader's browser survives. */
class MarkdownTests {

    @Test
    void headingsListsCodeImagesAndTablesAreRendered() {
        String html = Markdown.html("""
                ## Steps

                1. Open *Settings*
                2. Press `Reset`

                ![Router](https://example.com/router.png)

                | Light | Means |
                | :---- | ----: |
                | Red   | Down  |

                ```
                ping 10.0.0.1
                ```
                """);

        assertThat(html).contains("<h2>Steps</h2>", "<ol>", "<em>Settings</em>", "<code>Reset</code>",
                "<img src=\"https://example.com/router.png\" alt=\"Router\"", "<table>", "<td align=\"right\">Down</td>",
                "<pre><code>ping 10.0.0.1");
    }

    @Test
    void scriptsHandlersAndDangerousLinksAreRemoved() {
        String html = Markdown.html("""
                <script>alert(1)</script>
                <img src="x" onerror="alert(2)">
                <iframe src="https://evil.example"></iframe>
                <a href="https://example.com" onclick="alert(4)">ok</a>

                A [click](javascript:alert(3)) and a <span style="position:fixed">banner</span>.
                """);

        assertThat(html).doesNotContain("<script", "onerror", "href=\"javascript:", "<iframe", "onclick", "alert(1)",
                "style=");
        assertThat(html).contains("href=\"https://example.com\"");
    }
}
