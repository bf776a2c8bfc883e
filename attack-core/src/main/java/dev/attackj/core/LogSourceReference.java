package dev.attackj.core;

import org.immutables.value.Value;

/** A log source an analytic reads, tied to the data component it carries. */
@Value.Immutable
public abstract class LogSourceReference {

  /** The STIX id of the data component. */
  @Value.Parameter
  public abstract String dataComponentRef();

  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract String channel();

  public static LogSourceReference of(String dataComponentRef, String name, String channel) {
    return ImmutableLogSourceReference.of(dataComponentRef, name, channel);
  }

  /** The log source without its data component. */
  public final LogSource logSource() {
    return LogSource.of(name(), channel());
  }

  @Override
  public String toString() {
    return logSource().toString();
  }
}
