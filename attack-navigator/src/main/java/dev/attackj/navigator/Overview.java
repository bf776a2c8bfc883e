package dev.attackj.navigator;

/** The related objects that an overview layer counts for each technique. */
public enum Overview {
  /** The groups that use the technique. */
  GROUPS,
  /** The software that uses the technique. */
  SOFTWARE,
  /** The mitigations of the technique. */
  MITIGATIONS,
  /** The detection strategies that detect the technique. */
  DETECTION_STRATEGIES
}
