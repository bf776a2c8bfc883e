package dev.attackj.gap.plan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.immutables.value.Value;

/** An estimate of the work to close a gap, in person-days, with the basis it rests on. */
@Value.Immutable
@JsonSerialize(as = ImmutableEffort.class)
@JsonDeserialize(as = ImmutableEffort.class)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"days", "size", "basis"})
public abstract class Effort {

  /** The estimated person-days. */
  @JsonProperty("days")
  public abstract double days();

  /** The basis of the estimate, term by term. */
  @JsonProperty("basis")
  public abstract String basis();

  /** The size class: {@code S} up to 2 days, {@code M} up to 5, {@code L} beyond. */
  @JsonProperty("size")
  @Value.Derived
  public String size() {
    if (days() <= 2) {
      return "S";
    }
    return days() <= 5 ? "M" : "L";
  }

  public static Effort of(double days, String basis) {
    return ImmutableEffort.builder().days(days).basis(basis).build();
  }

  /** One line, such as {@code 3.5 days (M)}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.1f days (%s)", days(), size());
  }
}
