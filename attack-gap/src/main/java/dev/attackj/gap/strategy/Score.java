package dev.attackj.gap.strategy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The score of one technique with its explanation. Ranking orders scores by their
 * {@link #rankKeys()}, highest first; for most strategies the only key is the {@link #value()}.
 */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableScore.class)
@JsonDeserialize(as = ImmutableScore.class)
@JsonPropertyOrder({"technique", "value", "explanation", "factors", "note"})
public abstract class Score {

  /** The ATT&CK technique ID scored. */
  @JsonProperty("technique")
  public abstract String techniqueId();

  @JsonProperty("value")
  public abstract double value();

  /** The factors that made the score. */
  @JsonProperty("factors")
  public abstract List<Factor> factors();

  /** A remark, such as why a technique scored 0; empty when there is none. */
  @JsonProperty("note")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * The keys ranking compares one after another, highest first; by default the value alone.
   * A lexicographic combination sets one key per strategy, each rounded down to its tolerance.
   */
  @JsonIgnore
  @Value.Default
  public List<Double> rankKeys() {
    return List.of(value());
  }

  /** The explanation as one line: each factor and the note. */
  @JsonProperty("explanation")
  @Value.Lazy
  public String explanation() {
    String factors = factors().stream().map(Factor::toString).collect(Collectors.joining("; "));
    if (note().isEmpty()) {
      return factors;
    }
    return factors.isEmpty() ? note() : factors + "; " + note();
  }

  /** A score with factors and no note. */
  public static Score of(String techniqueId, double value, List<Factor> factors) {
    return ImmutableScore.builder().techniqueId(techniqueId).value(value).factors(factors).build();
  }

  /** A score of 0 with a note giving the reason, such as {@code not in the CTID data}. */
  public static Score zero(String techniqueId, String note) {
    return ImmutableScore.builder().techniqueId(techniqueId).value(0).note(note).build();
  }

  public static ImmutableScore.Builder builder() {
    return ImmutableScore.builder();
  }

  /** One line, such as {@code T1059 2.914286}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.6f", techniqueId(), value());
  }
}
