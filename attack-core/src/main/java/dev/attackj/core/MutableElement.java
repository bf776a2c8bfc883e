package dev.attackj.core;

import org.immutables.value.Value;

/** An element of an analytic that a defender tunes, such as a time window or a threshold. */
@Value.Immutable
public abstract class MutableElement {

  @Value.Parameter
  public abstract String field();

  @Value.Parameter
  public abstract String description();

  public static MutableElement of(String field, String description) {
    return ImmutableMutableElement.of(field, description);
  }

  @Override
  public String toString() {
    return field();
  }
}
