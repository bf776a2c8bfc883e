package dev.attackj.gap.strategy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.core.AttackObject;
import dev.attackj.gap.profile.Mappers;
import dev.attackj.gap.profile.TechniqueThreat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The techniques of a context in the order a strategy puts them: highest score first, ties
 * broken by the score's further {@linkplain Score#rankKeys() rank keys} and finally by technique
 * ID in ascending order, so the same input always ranks the same way.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRanking.class)
@JsonDeserialize(as = ImmutableRanking.class)
@JsonPropertyOrder({"strategy", "parameters", "ranking"})
public abstract class Ranking {

  /** The order of scores in a ranking: rank keys highest first, then technique ID. */
  public static final Comparator<Score> ORDER = Ranking::compare;

  /** The name of the strategy. */
  @JsonProperty("strategy")
  public abstract String strategy();

  /** The parameter values given to the strategy. */
  @JsonProperty("parameters")
  public abstract Map<String, String> parameters();

  /** The techniques in rank order. */
  @JsonProperty("ranking")
  public abstract List<RankedTechnique> ranking();

  /** Ranks every technique of a context. */
  public static Ranking of(Strategy strategy, ScoringContext context) {
    Scorer scorer = strategy.prepare(context);
    List<Score> scores = new ArrayList<>(context.techniqueIds().size());
    for (String techniqueId : context.techniqueIds()) {
      scores.add(scorer.score(techniqueId));
    }
    scores.sort(ORDER);

    ImmutableRanking.Builder ranking = ImmutableRanking.builder()
        .strategy(strategy.name())
        .parameters(context.parametersFor(strategy).values());
    for (int i = 0; i < scores.size(); i++) {
      Score score = scores.get(i);
      ranking.addRanking(RankedTechnique.of(i + 1, nameOf(score.techniqueId(), context), score));
    }
    return ranking.build();
  }

  /** The first entries, up to a count. */
  public final List<RankedTechnique> top(int count) {
    return ranking().subList(0, Math.min(count, ranking().size()));
  }

  /** The entry of a technique, or empty when it is not ranked. */
  public final Optional<RankedTechnique> entry(String techniqueId) {
    return ranking().stream()
        .filter(entry -> entry.techniqueId().equalsIgnoreCase(techniqueId.trim()))
        .findFirst();
  }

  /** Writes the ranking as JSON. */
  public final String toJson() {
    return Mappers.toJson(this);
  }

  /** One line, such as {@code Ranking by ctid of 625 techniques}. */
  @Override
  public String toString() {
    return "Ranking by " + strategy() + " of " + ranking().size() + " techniques";
  }

  private static int compare(Score a, Score b) {
    List<Double> keysA = a.rankKeys();
    List<Double> keysB = b.rankKeys();
    for (int i = 0; i < Math.max(keysA.size(), keysB.size()); i++) {
      double keyA = i < keysA.size() ? keysA.get(i) : Double.NEGATIVE_INFINITY;
      double keyB = i < keysB.size() ? keysB.get(i) : Double.NEGATIVE_INFINITY;
      int byKey = Double.compare(keyB, keyA);
      if (byKey != 0) {
        return byKey;
      }
    }
    return a.techniqueId().compareTo(b.techniqueId());
  }

  private static String nameOf(String techniqueId, ScoringContext context) {
    Optional<String> fromProfile = context.profile()
        .flatMap(profile -> profile.technique(techniqueId))
        .map(TechniqueThreat::name);
    if (fromProfile.isPresent()) {
      return fromProfile.get();
    }
    return context.knowledgeBase()
        .flatMap(knowledgeBase -> knowledgeBase.technique(techniqueId))
        .map(AttackObject::name)
        .orElse("");
  }
}
