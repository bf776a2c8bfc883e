package dev.attackj.gap.strategy;

/**
 * A strategy that first makes a pass over all techniques of a context, such as to find a maximum
 * to normalise by, and then scores each technique with that summary.
 *
 * @param <S> the summary of the first pass
 */
public interface TwoPhaseStrategy<S> extends Strategy {

  /** Makes the first pass over {@link ScoringContext#techniqueIds()}. */
  S summarize(ScoringContext context);

  /** Scores one technique with the summary of the first pass. */
  Score score(String techniqueId, ScoringContext context, S summary);

  /** Summarizes the context, then scores the technique: slow for many techniques. */
  @Override
  default Score score(String techniqueId, ScoringContext context) {
    return score(techniqueId, context, summarize(context));
  }

  /** Summarizes the context once and scores each technique with that summary. */
  @Override
  default Scorer prepare(ScoringContext context) {
    S summary = summarize(context);
    return techniqueId -> score(techniqueId, context, summary);
  }
}
