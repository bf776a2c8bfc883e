package dev.attackj.core.diff;

/** A kind of object related to a technique, whose relationships a diff compares. */
public enum RelatedKind {
  /** Groups that use the technique directly. */
  GROUP("groups"),
  /** Software (malware and tools) that uses the technique. */
  SOFTWARE("software"),
  /** Campaigns that use the technique. */
  CAMPAIGN("campaigns"),
  /** Mitigations of the technique. */
  MITIGATION("mitigations"),
  /** Detection strategies that detect the technique (ATT&CK v18 and later). */
  DETECTION_STRATEGY("detection strategies"),
  /**
   * Data components that detect the technique: through {@code detects} relationships before
   * ATT&CK v18 and through the analytics of its detection strategies from v18 on.
   */
  DATA_COMPONENT("data components");

  private final String title;

  RelatedKind(String title) {
    this.title = title;
  }

  /** The plural name, such as {@code detection strategies}. */
  public String title() {
    return title;
  }
}
