package dev.attackj.gap.coverage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The percentages of a coverage over a technique scope: overall and per tactic. */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageSummary.class)
@JsonDeserialize(as = ImmutableCoverageSummary.class)
@JsonPropertyOrder({"scope", "overall", "tactics"})
public abstract class CoverageSummary {

  /** The name of the scope measured. */
  @JsonProperty("scope")
  @Value.Default
  public String scope() {
    return "";
  }

  /** The whole scope: distinct techniques covered out of all of them. */
  @JsonProperty("overall")
  public abstract TacticCoverage overall();

  /** One entry per tactic of the scope, in matrix order. */
  @JsonProperty("tactics")
  public abstract List<TacticCoverage> tactics();

  public static ImmutableCoverageSummary.Builder builder() {
    return ImmutableCoverageSummary.builder();
  }
}
