package dev.attackj.navigator;

import org.immutables.value.Value;

/** An entry of a layer's legend: a label and its color. */
@Value.Immutable
public abstract class LegendItem {

  @Value.Parameter
  public abstract String label();

  @Value.Parameter
  public abstract String color();

  /** Properties of the legend item that format 4.5 does not define, kept as read. */
  public abstract java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> extraFields();

  public static LegendItem of(String label, String color) {
    return ImmutableLegendItem.of(label, color);
  }
}
