package dev.attackj.navigator;

import java.util.Optional;

/** The order of techniques within each tactic column, stored in a layer as a number. */
public enum Sorting {
  /** By name, A to Z (0). */
  NAME_ASCENDING,
  /** By name, Z to A (1). */
  NAME_DESCENDING,
  /** By score, lowest first, then by name (2). */
  SCORE_ASCENDING,
  /** By score, highest first, then by name (3). */
  SCORE_DESCENDING;

  /** The number in a layer file. */
  public int code() {
    return ordinal();
  }

  /** The sorting with a layer file number, or empty when there is none. */
  public static Optional<Sorting> fromCode(int code) {
    return code >= 0 && code < values().length ? Optional.of(values()[code]) : Optional.empty();
  }
}
