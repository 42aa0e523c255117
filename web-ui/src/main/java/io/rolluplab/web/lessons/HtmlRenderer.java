package io.rolluplab.web.lessons;

import io.rolluplab.web.lessons.Markdown.Block;
import io.rolluplab.web.lessons.Markdown.Code;
import io.rolluplab.web.lessons.Markdown.Details;
import io.rolluplab.web.lessons.Markdown.Heading;
import io.rolluplab.web.lessons.Markdown.ListBlock;
import io.rolluplab.web.lessons.Markdown.Paragraph;
import io.rolluplab.web.lessons.Markdown.Quote;
import io.rolluplab.web.lessons.Markdown.Table;
import java.util.List;
import java.util.Locale;

/**
 * Turns {@link Markdown} blocks into HTML. Every character of the text is escaped except the markup
 * this class writes itself: a lesson cannot put a tag, an attribute or a script on the page, only
 * the inline forms {@code `code`}, {@code **bold**}, {@code *emphasis*} and {@code [text](url)}.
 * A link to a page of the lab ({@code /…}) opens in a new tab, so the lesson stays open beside it;
 * links to other sites must be {@code http(s)}, anything else (a {@code javascript:} URL) stays text.
 */
public final class HtmlRenderer {
  /** The caption of a command's expected answer. */
  static final String ANSWER_CAPTION = "What you should see (… stands for what differs on your machine)";

  private HtmlRenderer() {}

  public static String render(final List<Block> blocks) {
    final StringBuilder html = new StringBuilder();
    blocks(blocks, html);
    return html.toString();
  }

  private static void blocks(final List<Block> blocks, final StringBuilder html) {
    for (int i = 0; i < blocks.size(); i++) {
      final Block block = blocks.get(i);
      if (block instanceof Heading heading) {
        html.append("<h").append(heading.level()).append(" id=\"").append(anchor(heading.text())).append("\">");
        inline(heading.text(), html);
        html.append("</h").append(heading.level()).append(">\n");
      } else if (block instanceof Paragraph paragraph) {
        html.append("<p>");
        inline(paragraph.text(), html);
        html.append("</p>\n");
      } else if (block instanceof ListBlock list) {
        final String tag = list.ordered() ? "ol" : "ul";
        html.append('<').append(tag).append(list.ordered() && list.start() != 1 ? " start=\"" + list.start() + "\"" : "")
            .append(">\n");
        for (final String item : list.items()) {
          html.append("<li>");
          inline(item, html);
          html.append("</li>\n");
        }
        html.append("</").append(tag).append(">\n");
      } else if (block instanceof Code code) {
        code(code, Markdown.isExpectedAnswer(blocks, i), html);
      } else if (block instanceof Table table) {
        table(table, html);
      } else if (block instanceof Quote quote) {
        html.append("<blockquote>\n");
        blocks(quote.blocks(), html);
        html.append("</blockquote>\n");
      } else if (block instanceof Details details) {
        html.append("<details>\n<summary>");
        inline(details.summary(), html);
        html.append("</summary>\n");
        blocks(details.blocks(), html);
        html.append("</details>\n");
      }
    }
  }

  private static void code(final Code code, final boolean answer, final StringBuilder html) {
    if (answer) {
      html.append("<figure class=\"answer\"><figcaption>").append(escape(ANSWER_CAPTION)).append("</figcaption>");
    }
    html.append("<pre class=\"code");
    if (!code.language().isEmpty()) {
      html.append(" lang-").append(escape(code.language()));
    }
    html.append("\"><code>").append(escape(code.text())).append("</code></pre>");
    html.append(answer ? "</figure>\n" : "\n");
  }

  private static void table(final Table table, final StringBuilder html) {
    html.append("<table>\n<thead><tr>");
    for (final String cell : table.header()) {
      html.append("<th>");
      inline(cell, html);
      html.append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (final List<String> row : table.rows()) {
      html.append("<tr>");
      for (final String cell : row) {
        html.append("<td>");
        inline(cell, html);
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  /** The inline forms, left to right; an opening mark without its closing one is plain text. */
  static void inline(final String text, final StringBuilder html) {
    int i = 0;
    while (i < text.length()) {
      final char c = text.charAt(i);
      if (c == '`') {
        final int end = text.indexOf('`', i + 1);
        if (end > i) {
          html.append("<code>").append(escape(text.substring(i + 1, end))).append("</code>");
          i = end + 1;
          continue;
        }
      } else if (text.startsWith("**", i)) {
        final int end = text.indexOf("**", i + 2);
        if (end > i + 2) {
          html.append("<strong>");
          inline(text.substring(i + 2, end), html);
          html.append("</strong>");
          i = end + 2;
          continue;
        }
      } else if (c == '*') {
        final int end = text.indexOf('*', i + 1);
        if (end > i + 1 && text.charAt(i + 1) != ' ') {
          html.append("<em>");
          inline(text.substring(i + 1, end), html);
          html.append("</em>");
          i = end + 1;
          continue;
        }
      } else if (c == '[') {
        final int close = text.indexOf("](", i + 1);
        final int end = close < 0 ? -1 : text.indexOf(')', close + 2);
        if (end > 0) {
          link(text.substring(i + 1, close), text.substring(close + 2, end), html);
          i = end + 1;
          continue;
        }
      }
      html.append(escape(String.valueOf(c)));
      i++;
    }
  }

  private static void link(final String label, final String url, final StringBuilder html) {
    if (url.startsWith("/") && !url.startsWith("//")) {
      html.append("<a class=\"lab-link\" href=\"").append(escape(url))
          .append("\" target=\"_blank\" rel=\"noopener\" title=\"open the page this step talks about\">");
    } else if (url.startsWith("#")) {
      html.append("<a href=\"").append(escape(url)).append("\">");
    } else if (url.startsWith("https://") || url.startsWith("http://")) {
      html.append("<a href=\"").append(escape(url)).append("\" rel=\"noopener noreferrer\">");
    } else {
      html.append(escape("[" + label + "](" + url + ")"));
      return;
    }
    inline(label, html);
    html.append("</a>");
  }

  /** The id of a heading: lower case, letters and digits, words joined by {@code -}. */
  static String anchor(final String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** Escapes the five characters that mean something in HTML text and attribute values. */
  public static String escape(final String text) {
    final StringBuilder out = new StringBuilder(text.length());
    for (final char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
