package dev.attackj.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A technique ID such as {@code T1059} or {@code T1059.001}, which knows whether it names a
 * sub-technique and, if so, its parent. Parsing accepts any case and surrounding spaces and
 * prints the canonical upper-case form.
 */
public final class TechniqueId implements Comparable<TechniqueId> {

  private static final Pattern FORM = Pattern.compile("T\\d{4}(\\.\\d{3})?");

  private final String value;

  private TechniqueId(String value) {
    this.value = value;
  }

  /**
   * Parses a technique ID.
   *
   * @throws IllegalArgumentException if the text is not of the form {@code T####} or
   *     {@code T####.###}
   */
  public static TechniqueId parse(String text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "technique ID must look like T1059 or T1059.001: \"" + text + "\""));
  }

  /** Parses a technique ID, or returns empty when the text is not one. */
  public static Optional<TechniqueId> tryParse(String text) {
    String canonical = text.trim().toUpperCase(Locale.ROOT);
    return FORM.matcher(canonical).matches()
        ? Optional.of(new TechniqueId(canonical))
        : Optional.empty();
  }

  /** Whether the text is a technique ID in any case. */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  public boolean isSubTechnique() {
    return value.length() > 5;
  }

  /**
   * The parent technique of a sub-technique ({@code T1059} for {@code T1059.001}); itself
   * otherwise.
   */
  public TechniqueId parent() {
    return isSubTechnique() ? new TechniqueId(value.substring(0, 5)) : this;
  }

  @Override
  public int compareTo(TechniqueId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TechniqueId && ((TechniqueId) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
