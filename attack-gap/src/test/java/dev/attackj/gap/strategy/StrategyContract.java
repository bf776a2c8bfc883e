package dev.attackj.gap.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every strategy, built-in or third-party, must meet. A test class implements this
 * interface with the strategy and a context to score in, and inherits the properties.
 */
public interface StrategyContract {

  /** The strategy under test. */
  Strategy strategy();

  /** A context with at least one technique. */
  ScoringContext context();

  /** Technique IDs of the context, and IDs of the same form that the context may not hold. */
  @Provide
  default Arbitrary<String> techniqueIds() {
    Arbitrary<String> unknown = Arbitraries.integers().between(1000, 9999).map(n -> "T" + n);
    return Arbitraries.oneOf(Arbitraries.of(context().techniqueIds()), unknown);
  }

  @Property(tries = 30)
  default void score_anyTechnique_passesValidation(@ForAll("techniqueIds") String techniqueId) {
    Score score = Strategies.validating(strategy()).score(techniqueId, context());

    assertEquals(techniqueId, score.techniqueId());
  }

  @Property(tries = 30)
  default void score_sameInput_sameScore(@ForAll("techniqueIds") String techniqueId) {
    ScoringContext context = context();

    Score first = strategy().score(techniqueId, context);
    Score second = strategy().score(techniqueId, context);

    assertEquals(first.value(), second.value());
    assertEquals(first.rankKeys(), second.rankKeys());
    assertEquals(first.explanation(), second.explanation());
  }

  @Property(tries = 30)
  default void prepare_scorer_matchesDirectScore(@ForAll("techniqueIds") String techniqueId) {
    ScoringContext context = context();

    Score prepared = strategy().prepare(context).score(techniqueId);
    Score direct = strategy().score(techniqueId, context);

    assertEquals(direct.value(), prepared.value());
    assertEquals(direct.rankKeys(), prepared.rankKeys());
  }

  @Property(tries = 5)
  default void ranking_shuffledTechniques_sameOrder(@ForAll long seed) {
    ScoringContext context = context();
    List<String> shuffled = new ArrayList<>(context.techniqueIds());
    Collections.shuffle(shuffled, new Random(seed));
    ScoringContext reordered = ScoringContext.builder().from(context).techniqueIds(shuffled)
        .build();

    Ranking expected = Ranking.of(strategy(), context);
    Ranking actual = Ranking.of(strategy(), reordered);

    assertEquals(expected, actual);
  }

  @Example
  default void name_isNotBlank() {
    assertFalse(strategy().name().isBlank());
  }

  @Example
  default void parameters_defaults_areValid() {
    Parameters parameters = Parameters.of(strategy().parameters(), Map.of());

    for (Parameter parameter : strategy().parameters()) {
      parameters.text(parameter.name()).ifPresent(parameter::validate);
    }
  }
}
