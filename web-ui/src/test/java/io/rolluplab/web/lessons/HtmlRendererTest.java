package io.rolluplab.web.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private static String html(final String markdown) {
    return HtmlRenderer.render(Markdown.parse(markdown));
  }

  @Test
  void escapesHtmlInTextSoALessonCannotAddTagsOrScripts() {
    assertThat(html("Hello <script>alert('x')</script> & \"you\""))
        .isEqualTo("<p>Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;you&quot;</p>\n");
  }

  @Test
  void escapesHtmlInCodeHeadingsListsTablesAndSummaries() {
    final String page = html("## <b>head</b>\n\n- <i>item</i>\n\n| <td> | x |\n|---|---|\n| `a|b` | <img src=x onerror=y> |\n\n"
        + "```sh\necho '<tag>' && true\n```\n\n<details>\n<summary><u>answer</u></summary>\n\n<em>no</em>\n</details>\n");

    assertThat(page).doesNotContain("<b>", "<i>", "<img", "<u>", "<em>no", "<tag>")
        .contains("&lt;b&gt;head&lt;/b&gt;", "<li>&lt;i&gt;item&lt;/i&gt;</li>", "<th>&lt;td&gt;</th>",
            "<td><code>a|b</code></td>", "&lt;img src=x onerror=y&gt;", "echo &#39;&lt;tag&gt;&#39; &amp;&amp; true",
            "<summary>&lt;u&gt;answer&lt;/u&gt;</summary>", "<p>&lt;em&gt;no&lt;/em&gt;</p>");
  }

  @Test
  void aJavascriptLinkStaysTextAndALinkCannotBreakOutOfItsAttribute() {
    assertThat(html("[click](javascript:alert(1))")).doesNotContain("<a").contains("[click](javascript:alert(1)");
    assertThat(html("[x](/l1\" onclick=\"evil)")).contains("href=\"/l1&quot; onclick=&quot;evil\"")
        .doesNotContain("onclick=\"");
  }

  @Test
  void linksToLabPagesOpenBesideTheLessonAndOtherSitesNeedHttp() {
    assertThat(html("Open [the L1 page](/l1) or [OP docs](https://docs.optimism.io)."))
        .isEqualTo("<p>Open <a class=\"lab-link\" href=\"/l1\" target=\"_blank\" rel=\"noopener\" "
            + "title=\"open the page this step talks about\">the L1 page</a> or "
            + "<a href=\"https://docs.optimism.io\" rel=\"noopener noreferrer\">OP docs</a>.</p>\n");
  }

  @Test
  void rendersInlineCodeBoldAndEmphasisAndLeavesAnUnclosedMarkAlone() {
    assertThat(html("`a*b*` is **bold** and *soft*, 2 * 3 stays"))
        .isEqualTo("<p><code>a*b*</code> is <strong>bold</strong> and <em>soft</em>, 2 * 3 stays</p>\n");
  }

  @Test
  void rendersHeadingsWithAnchorsListsAndTables() {
    assertThat(html("## Step 2: deposit\n\n1. one\n   more\n2. two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
        .isEqualTo("<h2 id=\"step-2-deposit\">Step 2: deposit</h2>\n<ol>\n<li>one more</li>\n<li>two</li>\n</ol>\n"
            + "<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n<tbody>\n<tr><td>1</td><td>2</td></tr>\n"
            + "</tbody>\n</table>\n");
  }

  @Test
  void aJsonBlockAfterACommandIsShownAsItsExpectedAnswer() {
    assertThat(html("```sh\ncurl x\n```\n\n```json\n{\"a\":1}\n```\n\n```json\n{}\n```\n"))
        .isEqualTo("<pre class=\"code lang-sh\"><code>curl x\n</code></pre>\n"
            + "<figure class=\"answer\"><figcaption>" + HtmlRenderer.escape(HtmlRenderer.ANSWER_CAPTION)
            + "</figcaption><pre class=\"code lang-json\"><code>{&quot;a&quot;:1}\n</code></pre></figure>\n"
            + "<pre class=\"code lang-json\"><code>{}\n</code></pre>\n");
  }

  @Test
  void hidesAnswersInDetailsAndReadsBlocksInsideThem() {
    assertThat(html("<details>\n<summary>Answer</summary>\n\nBecause **L1** says so.\n\n- a\n</details>\n\nAfter."))
        .isEqualTo("<details>\n<summary>Answer</summary>\n<p>Because <strong>L1</strong> says so.</p>\n"
            + "<ul>\n<li>a</li>\n</ul>\n</details>\n<p>After.</p>\n");
  }

  @Test
  void aNumberedListGoesOnCountingAfterAnAnswerBetweenItsItems() {
    assertThat(html("1. First?\n\n<details>\n<summary>Answer</summary>\n\nYes.\n</details>\n\n2. Second?\n"))
        .contains("<ol>\n<li>First?</li>", "<ol start=\"2\">\n<li>Second?</li>");
  }

  @Test
  void aLineStartingWithABarThatIsNoTableIsText() {
    assertThat(html("| not a table\nnext")).isEqualTo("<p>| not a table next</p>\n");
  }

  @Test
  void refusesUnclosedBlocksNamingTheLine() {
    assertThatThrownBy(() -> Markdown.parse("text\n\n```sh\ncurl")).hasMessageContaining("line 3")
        .hasMessageContaining("never closed");
    assertThatThrownBy(() -> Markdown.parse("<details>\n<summary>A</summary>\n\ntext"))
        .hasMessageContaining("never closed");
    assertThatThrownBy(() -> Markdown.parse("<details>\ntext\n</details>")).hasMessageContaining("<summary>");
  }
}
