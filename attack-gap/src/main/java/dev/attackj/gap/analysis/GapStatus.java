package dev.attackj.gap.analysis;

/** How well a detection coverage covers a technique of a threat profile. */
public enum GapStatus {
  /** Rules cover the technique itself with at least the full-coverage score. */
  COVERED,
  /**
   * Something covers the technique, but only through roll-up from its parent or sub-techniques,
   * or with a score below the full-coverage score.
   */
  PARTIAL,
  /** Nothing covers the technique. */
  GAP
}
