package dev.attackj.core;

import org.immutables.value.Value;

/**
 * A log source and a channel within it, such as {@code WinEventLog:Security} / {@code
 * EventCode=4688}.
 */
@Value.Immutable
public abstract class LogSource {

  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract String channel();

  public static LogSource of(String name, String channel) {
    return ImmutableLogSource.of(name, channel);
  }

  @Override
  public String toString() {
    return channel().isEmpty() ? name() : name() + " (" + channel() + ")";
  }
}
