package dev.attackj.navigator;

import java.util.Optional;

/** Which sub-techniques the Navigator shows expanded under their parents. */
public enum SubtechniqueExpansion {
  /** Only those whose parent entry sets {@code showSubtechniques}. */
  NONE,
  /** Those of parents with at least one annotated sub-technique, and those set to show. */
  ANNOTATED,
  /** Every sub-technique. */
  ALL;

  /** The name in a layer file, such as {@code annotated}. */
  public String jsonName() {
    return JsonNames.of(this);
  }

  /** The option with a layer file name, or empty when there is none. */
  public static Optional<SubtechniqueExpansion> fromJson(String text) {
    return JsonNames.find(SubtechniqueExpansion.class, text);
  }
}
