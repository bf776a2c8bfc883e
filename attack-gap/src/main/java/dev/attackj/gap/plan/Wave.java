package dev.attackj.gap.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A wave of a plan: the gaps to close by a number of days after the assessment. */
@Value.Immutable
@JsonSerialize(as = ImmutableWave.class)
@JsonDeserialize(as = ImmutableWave.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"name", "days", "effortDays", "coverageAfter", "items"})
public abstract class Wave {

  /** A name such as {@code 30 days}. */
  @JsonProperty("name")
  public abstract String name();

  /** The days after the assessment by which the wave ends. */
  @JsonProperty("days")
  public abstract int days();

  /** The coverage of the profile, in percent, once this wave and the earlier ones are done. */
  @JsonProperty("coverageAfter")
  public abstract double coverageAfter();

  @JsonProperty("items")
  public abstract List<PlanItem> items();

  /** The sum of the items' estimated person-days. */
  @JsonProperty("effortDays")
  @Value.Derived
  public double effortDays() {
    return items().stream().mapToDouble(item -> item.effort().days()).sum();
  }

  public static ImmutableWave.Builder builder() {
    return ImmutableWave.builder();
  }

  /** One line, such as {@code 30 days: 4 gaps, 9.0 days of effort}. */
  @Override
  public String toString() {
    return name() + ": " + items().size() + (items().size() == 1 ? " gap, " : " gaps, ") + effortDays() + " days of effort";
  }
}
