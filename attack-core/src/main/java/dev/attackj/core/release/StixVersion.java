package dev.attackj.core.release;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The edition of STIX a release file is written in. */
public enum StixVersion {
  /** STIX 2.0, published in the {@code mitre/cti} repository at the tag of each release. */
  STIX_2_0("2.0"),
  /** STIX 2.1, published in the {@code mitre-attack/attack-stix-data} repository. */
  STIX_2_1("2.1");

  private final String label;

  StixVersion(String label) {
    this.label = label;
  }

  /**
   * Parses {@code 2.0} or {@code 2.1}.
   *
   * @throws IllegalArgumentException if the text names neither
   */
  public static StixVersion parse(String text) {
    String trimmed = text.trim();
    for (StixVersion version : values()) {
      if (version.label.equals(trimmed)) {
        return version;
      }
    }
    throw new IllegalArgumentException("STIX version must be one of "
        + Arrays.stream(values()).map(StixVersion::label).collect(Collectors.joining(", "))
        + ": \"" + text + "\"");
  }

  /** The version as STIX writes it in {@code spec_version}, such as {@code 2.1}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
