package dev.attackj.gap.strategy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/** A technique at its place in a ranking, with its score and the explanation of the score. */
@Value.Immutable
@JsonSerialize(as = ImmutableRankedTechnique.class)
@JsonDeserialize(as = ImmutableRankedTechnique.class)
@JsonPropertyOrder({"rank", "technique", "name", "score", "explanation", "factors", "note"})
public abstract class RankedTechnique {

  /** The place in the ranking, counted from 1. */
  @JsonProperty("rank")
  public abstract int rank();

  /** The ATT&CK technique ID. */
  @JsonProperty("technique")
  public abstract String techniqueId();

  /** The technique's name; empty when the context has no knowledge base or profile. */
  @JsonProperty("name")
  @Value.Default
  public String name() {
    return "";
  }

  @JsonProperty("score")
  public abstract double score();

  /** The factors of the score as one line. */
  @JsonProperty("explanation")
  public abstract String explanation();

  @JsonProperty("factors")
  public abstract List<Factor> factors();

  @JsonProperty("note")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String note() {
    return "";
  }

  static RankedTechnique of(int rank, String name, Score score) {
    return ImmutableRankedTechnique.builder().rank(rank).techniqueId(score.techniqueId())
        .name(name).score(score.value()).explanation(score.explanation())
        .factors(score.factors()).note(score.note()).build();
  }

  /** One line, such as {@code 1. T1059 Command and Scripting Interpreter 2.914286}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d. %s %s %.6f", rank(), techniqueId(), name(), score());
  }
}
