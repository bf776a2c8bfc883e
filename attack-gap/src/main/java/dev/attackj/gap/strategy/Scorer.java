package dev.attackj.gap.strategy;

/** A strategy prepared for one context: it scores the techniques of that context. */
@FunctionalInterface
public interface Scorer {

  /** Scores one technique. */
  Score score(String techniqueId);
}
