package dev.attackj.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A problem found in input: where it is (file, line and column, JSON Pointer), which object it
 * concerns, what is wrong, and how serious it is. Readers collect problems into reports instead
 * of stopping at the first, unless asked to be strict.
 */
@Value.Immutable
public abstract class Problem {

  /** How serious a problem is. */
  public enum Severity {
    /** Something was noted and handled, such as a revoked ID mapped to its replacement. */
    INFO,
    /** Input was read, but part of it may not mean what its author intended. */
    WARNING,
    /** Part of the input could not be read and was skipped. */
    ERROR
  }

  /** The file or other source, such as a path or {@code <stream>}. */
  @Value.Default
  public String file() {
    return "";
  }

  /** The line, counted from 1, when known. */
  public abstract Optional<Integer> line();

  /** The column, counted from 1, when known. */
  public abstract Optional<Integer> column();

  /** The JSON Pointer of the value concerned, such as {@code /objects/17/name}, when known. */
  public abstract Optional<String> pointer();

  /** The id of the object concerned: a STIX id, ATT&CK id, rule id or layer entry. */
  public abstract Optional<String> objectId();

  public abstract String message();

  @Value.Default
  public Severity severity() {
    return Severity.ERROR;
  }

  public static ImmutableProblem.Builder builder() {
    return ImmutableProblem.builder();
  }

  /** The place as text, such as {@code bundle.json:12:5 /objects/3/name}. */
  public final String location() {
    StringBuilder text = new StringBuilder(file());
    line().ifPresent(line -> text.append(':').append(line));
    column().ifPresent(column -> text.append(':').append(column));
    pointer().ifPresent(pointer -> text.append(text.length() > 0 ? " " : "").append(pointer));
    return text.toString();
  }

  /** One line: severity, place, object and message. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(severity().name().toLowerCase(java.util.Locale.ROOT));
    String location = location();
    if (!location.isEmpty()) {
      text.append(": ").append(location);
    }
    objectId().ifPresent(id -> text.append(" (").append(id).append(')'));
    return text.append(": ").append(message()).toString();
  }
}
