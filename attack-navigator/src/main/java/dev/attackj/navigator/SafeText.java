package dev.attackj.navigator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Text made safe for pictures: XML escapes and a check that a link is a web address. */
final class SafeText {

  private SafeText() {}

  /**
   * Escapes text for XML content and attribute values. Characters XML 1.0 does not allow, such
   * as most control characters, become spaces.
   */
  static String xml(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          escaped.append("&lt;");
          break;
        case '>':
          escaped.append("&gt;");
          break;
        case '&':
          escaped.append("&amp;");
          break;
        case '"':
          escaped.append("&quot;");
          break;
        case '\'':
          escaped.append("&apos;");
          break;
        default:
          boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
              || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
          escaped.append(allowed ? c : ' ');
      }
    }
    return escaped.toString();
  }

  /** Whether a URL is an absolute http or https address with a host. */
  static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
