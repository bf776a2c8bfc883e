package dev.attackj.navigator;

import org.immutables.value.Value;

/** An entry of a layer's legend: a label and its color. */
@Value.Immutable
public abstract class LegendItem {

  @Value.Parameter
  public abstract String label();

  @Value.Parameter
  public abstract String color();

  public static LegendItem of(String label, String color) {
    return ImmutableLegendItem.of(label, color);
  }
}
