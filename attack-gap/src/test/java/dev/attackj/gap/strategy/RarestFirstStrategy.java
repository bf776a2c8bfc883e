package dev.attackj.gap.strategy;

import java.util.List;

/**
 * A third-party strategy as a library user would write one, registered through
 * {@code META-INF/services}: techniques used by fewer actors of the profile score higher.
 */
public final class RarestFirstStrategy implements Strategy {

  @Override
  public String name() {
    return "rarest-first";
  }

  @Override
  public Score score(String techniqueId, ScoringContext context) {
    int actors = context.profile()
        .flatMap(profile -> profile.technique(techniqueId))
        .map(threat -> threat.actorCount())
        .orElse(0);
    double value = actors == 0 ? 0 : 1.0 / actors;
    return Score.of(techniqueId, value,
        List.of(Factor.of("actors", actors, 0, value, "threat profile")));
  }
}
