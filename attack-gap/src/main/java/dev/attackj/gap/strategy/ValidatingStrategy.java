package dev.attackj.gap.strategy;

import java.util.List;

/**
 * A strategy that checks every score of another: present, for the technique asked, with a
 * finite value, finite rank keys and finite factors.
 */
record ValidatingStrategy(Strategy delegate) implements Strategy {

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public List<Parameter> parameters() {
    return delegate.parameters();
  }

  @Override
  public Score score(String techniqueId, ScoringContext context) {
    return check(techniqueId, delegate.score(techniqueId, context));
  }

  @Override
  public Scorer prepare(ScoringContext context) {
    Scorer scorer = delegate.prepare(context);
    if (scorer == null) {
      throw new IllegalStateException("strategy " + name() + " returned no scorer from prepare");
    }
    return techniqueId -> check(techniqueId, scorer.score(techniqueId));
  }

  private Score check(String techniqueId, Score score) {
    if (score == null) {
      throw invalid(techniqueId, "no score", "a strategy must return a score");
    }
    if (!score.techniqueId().equalsIgnoreCase(techniqueId.trim())) {
      throw invalid(techniqueId, "a score of " + score.techniqueId(),
          "the score must be of the technique asked for");
    }
    if (!Double.isFinite(score.value())) {
      throw invalid(techniqueId, Double.toString(score.value()), "scores must be finite");
    }
    if (score.rankKeys().isEmpty() || !score.rankKeys().stream().allMatch(Double::isFinite)) {
      throw invalid(techniqueId, "rank keys " + score.rankKeys(),
          "rank keys must be one or more finite numbers");
    }
    checkFactors(techniqueId, score.factors());
    return score;
  }

  private void checkFactors(String techniqueId, List<Factor> factors) {
    for (Factor factor : factors) {
      if (!Double.isFinite(factor.input()) || !Double.isFinite(factor.weight())
          || !Double.isFinite(factor.contribution())) {
        throw invalid(techniqueId, "factor " + factor,
            "factor inputs, weights and contributions must be finite");
      }
      checkFactors(techniqueId, factor.details());
    }
  }

  private IllegalStateException invalid(String techniqueId, String value, String rule) {
    return new IllegalStateException("strategy " + name() + " returned an invalid score for "
        + techniqueId + ": " + value + "; " + rule);
  }
}
