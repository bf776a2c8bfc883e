package dev.attackj.gap.inventory;

import java.util.Locale;

/**
 * The maturity of a detection rule, on Sigma's scale. Other formats' words are mapped onto it:
 * Elastic's and Splunk's {@code production} and Sentinel's {@code Available} are {@link #STABLE},
 * {@code development} is {@link #EXPERIMENTAL}.
 */
public enum RuleStatus {
  /** Ready for production use. */
  STABLE,
  /** Believed to work, still being tuned. */
  TEST,
  /** New or in development, may raise many false positives. */
  EXPERIMENTAL,
  /** Replaced or no longer maintained. */
  DEPRECATED,
  /** Cannot be used as written, such as a rule that needs a special backend. */
  UNSUPPORTED,
  /** The format has no status, or uses a word not listed here. */
  UNKNOWN;

  /** Maps a status word of any supported format, in any case, to a status. */
  public static RuleStatus parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "stable":
      case "production":
      case "available":
      case "prod":
        return STABLE;
      case "test":
      case "testing":
        return TEST;
      case "experimental":
      case "development":
      case "dev":
        return EXPERIMENTAL;
      case "deprecated":
        return DEPRECATED;
      case "unsupported":
        return UNSUPPORTED;
      default:
        return UNKNOWN;
    }
  }
}
