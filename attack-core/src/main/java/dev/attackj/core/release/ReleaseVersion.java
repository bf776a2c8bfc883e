package dev.attackj.core.release;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of ATT&CK release versions: numerically by major and minor number, and a
 * pre-release such as {@code 11.0-beta} before the release of the same number.
 */
final class ReleaseVersion {

  /** A version as MITRE writes it: {@code 17.1}, {@code 11.0-beta}, {@code 11.0-mobile-beta}. */
  static final Pattern FORM = Pattern.compile("(\\d+)\\.(\\d+)(-[a-z0-9][a-z0-9-]*)?");

  static final Comparator<String> ORDER = ReleaseVersion::compare;

  private ReleaseVersion() {}

  static boolean isValid(String version) {
    return FORM.matcher(version).matches();
  }

  /** Whether the version carries a suffix such as {@code -beta}. */
  static boolean isPrerelease(String version) {
    return version.indexOf('-') >= 0;
  }

  private static int compare(String left, String right) {
    Matcher a = matcher(left);
    Matcher b = matcher(right);
    int byMajor = Long.compare(Long.parseLong(a.group(1)), Long.parseLong(b.group(1)));
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Long.compare(Long.parseLong(a.group(2)), Long.parseLong(b.group(2)));
    if (byMinor != 0) {
      return byMinor;
    }
    String suffixA = a.group(3);
    String suffixB = b.group(3);
    if (suffixA == null && suffixB == null) {
      return 0;
    }
    if (suffixA == null) {
      return 1;
    }
    if (suffixB == null) {
      return -1;
    }
    return suffixA.compareTo(suffixB);
  }

  private static Matcher matcher(String version) {
    Matcher matcher = FORM.matcher(version);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "release version must look like 17.1 or 11.0-beta: \"" + version + "\"");
    }
    return matcher;
  }
}
