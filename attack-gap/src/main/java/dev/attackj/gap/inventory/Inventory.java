package dev.attackj.gap.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A detection inventory: the rules read from one or more sources, with the report of the import.
 * Read one with {@link InventoryReader}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInventory.class)
@JsonPropertyOrder({"rules", "report"})
public abstract class Inventory {

  @JsonProperty("rules")
  public abstract List<DetectionRule> rules();

  @JsonProperty("report")
  @Value.Default
  public ImportReport report() {
    return ImportReport.builder().build();
  }

  public static ImmutableInventory.Builder builder() {
    return ImmutableInventory.builder();
  }

  /** One line, such as {@code Inventory of 3100 rules, 2 problems}. */
  @Override
  public String toString() {
    int problems = report().problems().size();
    return "Inventory of " + rules().size() + (rules().size() == 1 ? " rule, " : " rules, ")
        + problems + (problems == 1 ? " problem" : " problems");
  }
}
