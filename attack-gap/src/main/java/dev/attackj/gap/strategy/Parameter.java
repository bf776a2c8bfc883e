package dev.attackj.gap.strategy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/** A named, typed parameter of a strategy, with its default and what it sets. */
@Value.Immutable
@JsonSerialize(as = ImmutableParameter.class)
@JsonDeserialize(as = ImmutableParameter.class)
@JsonPropertyOrder({"name", "type", "defaultValue", "choices", "description"})
public abstract class Parameter {

  /** The type of a parameter's value. */
  public enum Type {
    /** A decimal number, such as {@code 0.5}. */
    NUMBER,
    /** A whole number, such as {@code 10}. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the parameter's {@link #choices()}, ignoring case. */
    CHOICE,
    /** A file path. */
    PATH,
    /** Items separated by commas, such as {@code Process Creation,File Creation}. */
    LIST
  }

  @JsonProperty("name")
  public abstract String name();

  @JsonProperty("type")
  public abstract Type type();

  /** The value used when none is given, as text; empty for no value. */
  @JsonProperty("defaultValue")
  @Value.Default
  public String defaultValue() {
    return "";
  }

  /** The allowed values of a {@link Type#CHOICE} parameter, in lower case. */
  @JsonProperty("choices")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> choices();

  /** What the parameter sets, and in what unit. */
  @JsonProperty("description")
  public abstract String description();

  @Value.Check
  void check() {
    if (type() == Type.CHOICE && choices().isEmpty()) {
      throw new IllegalArgumentException("choice parameter " + name() + " must list its choices");
    }
    if (!defaultValue().isEmpty()) {
      validate(defaultValue());
    }
  }

  /** A number parameter. */
  public static Parameter number(String name, double defaultValue, String description) {
    return ImmutableParameter.builder().name(name).type(Type.NUMBER)
        .defaultValue(Double.toString(defaultValue)).description(description).build();
  }

  /** A choice parameter; the choices are stored in lower case. */
  public static Parameter choice(
      String name, String defaultValue, List<String> choices, String description) {
    return ImmutableParameter.builder().name(name).type(Type.CHOICE).defaultValue(defaultValue)
        .choices(choices.stream().map(choice -> choice.toLowerCase(Locale.ROOT)).toList())
        .description(description).build();
  }

  /** A parameter of another type. */
  public static Parameter of(String name, Type type, String defaultValue, String description) {
    return ImmutableParameter.builder().name(name).type(type).defaultValue(defaultValue)
        .description(description).build();
  }

  /**
   * Checks a value against the parameter's type.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the rule it breaks
   */
  public final void validate(String value) {
    String text = value.trim();
    boolean valid = switch (type()) {
      case NUMBER -> isNumber(text);
      case INTEGER -> text.matches("[+-]?\\d+");
      case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
      case CHOICE -> choices().contains(text.toLowerCase(Locale.ROOT));
      case PATH, LIST -> true;
    };
    if (!valid) {
      throw new IllegalArgumentException("parameter " + name() + " must be " + rule() + ": \""
          + value + "\"");
    }
  }

  /** The rule a value must follow, such as {@code one of none, low, medium, high}. */
  public final String rule() {
    return switch (type()) {
      case NUMBER -> "a finite number";
      case INTEGER -> "a whole number";
      case BOOLEAN -> "true or false";
      case CHOICE -> "one of " + String.join(", ", choices());
      case PATH -> "a file path";
      case LIST -> "a list separated by commas";
    };
  }

  /** One line, such as {@code process (choice: none, low, medium, high; default high)}. */
  @Override
  public String toString() {
    String type = type() == Type.CHOICE
        ? "choice: " + String.join(", ", choices())
        : type().name().toLowerCase(Locale.ROOT);
    String fallback = defaultValue().isEmpty() ? "" : "; default " + defaultValue();
    return name() + " (" + type + fallback + ")";
  }

  private static boolean isNumber(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
