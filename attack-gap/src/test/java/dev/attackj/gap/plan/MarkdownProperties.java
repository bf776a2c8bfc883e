package dev.attackj.gap.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MarkdownProperties {

  private static final String SPECIAL = "\\`*_[]<>|#~!&";

  @Property(tries = 300)
  void escape_anyText_leavesNoMarkupOrLineBreak(@ForAll String text) {
    String escaped = Markdown.escape(text);

    assertFalse(escaped.contains("\n") || escaped.contains("\r"), escaped);
    int backslashes = 0;
    for (char c : escaped.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0 && c != '\\') {
        assertTrue(backslashes % 2 == 1, () -> "unescaped " + c + " in " + escaped);
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    assertTrue(backslashes % 2 == 0, escaped);
  }
}
