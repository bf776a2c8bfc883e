package dev.attackj.gap.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import org.immutables.value.Value;

/** Counts of covered, partly covered and uncovered techniques, with their percentages. */
@Value.Immutable
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonSerialize(as = ImmutableTally.class)
@JsonDeserialize(as = ImmutableTally.class)
@JsonPropertyOrder({"total", "covered", "partial", "gaps", "coveredPercent", "partialPercent",
    "gapPercent"})
public abstract class Tally {

  @JsonProperty("covered")
  public abstract int covered();

  @JsonProperty("partial")
  public abstract int partial();

  @JsonProperty("gaps")
  public abstract int gaps();

  @JsonProperty("total")
  @Value.Derived
  public int total() {
    return covered() + partial() + gaps();
  }

  /** The covered share in percent, from 0 to 100; 0 when there are no techniques. */
  @JsonProperty("coveredPercent")
  @Value.Derived
  public double coveredPercent() {
    return percent(covered());
  }

  @JsonProperty("partialPercent")
  @Value.Derived
  public double partialPercent() {
    return percent(partial());
  }

  @JsonProperty("gapPercent")
  @Value.Derived
  public double gapPercent() {
    return percent(gaps());
  }

  public static Tally of(int covered, int partial, int gaps) {
    return ImmutableTally.builder().covered(covered).partial(partial).gaps(gaps).build();
  }

  /** Counts the statuses of some techniques. */
  public static Tally of(Collection<TechniqueGap> techniques) {
    int covered = 0;
    int partial = 0;
    int gaps = 0;
    for (TechniqueGap technique : techniques) {
      switch (technique.status()) {
        case COVERED -> covered++;
        case PARTIAL -> partial++;
        case GAP -> gaps++;
      }
    }
    return of(covered, partial, gaps);
  }

  private double percent(int count) {
    return total() == 0 ? 0 : 100.0 * count / total();
  }

  /** One line, such as {@code 40/120 covered (33.3%), 10 partial, 70 gaps}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%d/%d covered (%.1f%%), %d partial, %d gaps",
        covered(), total(), coveredPercent(), partial(), gaps());
  }
}
