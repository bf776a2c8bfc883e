package dev.attackj.gap.plan;

/** Escaping of text from input for Markdown (CommonMark and GitHub tables). */
final class Markdown {

  private static final String SPECIAL = "\\`*_[]<>|#~!&";

  private Markdown() {}

  /**
   * Escapes text so that it shows as written: backslash before the characters that start
   * emphasis, code, links, HTML, headings or table cells, and line breaks turned into spaces.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        escaped.append(' ');
      } else if (SPECIAL.indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
