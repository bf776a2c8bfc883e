package dev.attackj.gap.strategy;

import java.util.List;

/**
 * A way to score a technique for prioritization: the higher the score, the earlier the technique
 * ranks. Every score carries an explanation: the factors that made it, with their weights,
 * contributions and sources.
 *
 * <p>Implementations must be deterministic for the same technique and context and must return a
 * finite score for any technique ID, including IDs the knowledge base does not hold (typically
 * 0 with a note). {@link Strategies#validating(Strategy)} checks this at run time.
 */
public interface Strategy {

  /** The name the strategy is known by, such as {@code ctid}. */
  String name();

  /** What the strategy favours, in one sentence. */
  default String description() {
    return "";
  }

  /** The parameters the strategy reads from {@link ScoringContext#parameters()}. */
  default List<Parameter> parameters() {
    return List.of();
  }

  /** Scores one technique in a context. */
  Score score(String techniqueId, ScoringContext context);

  /**
   * Prepares to score many techniques of a context. Strategies that need a pass over all of
   * {@link ScoringContext#techniqueIds()} first do it here; the default scores each technique
   * on its own.
   */
  default Scorer prepare(ScoringContext context) {
    return techniqueId -> score(techniqueId, context);
  }
}
