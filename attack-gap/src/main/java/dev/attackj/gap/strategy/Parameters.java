package dev.attackj.gap.strategy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values given to a strategy's parameters, checked against their declarations. Typed getters
 * return the given value or, when none was given, the parameter's default.
 */
public final class Parameters {

  private final Map<String, Parameter> declared;
  private final Map<String, String> values;

  private Parameters(Map<String, Parameter> declared, Map<String, String> values) {
    this.declared = declared;
    this.values = values;
  }

  /** No parameters. */
  public static Parameters empty() {
    return new Parameters(Map.of(), Map.of());
  }

  /**
   * Checks values against declared parameters.
   *
   * @throws IllegalArgumentException if a name is not declared (naming the declared ones) or a
   *     value does not fit its parameter's type
   */
  public static Parameters of(Collection<Parameter> declared, Map<String, String> values) {
    Map<String, Parameter> byName = new LinkedHashMap<>();
    declared.forEach(parameter -> byName.put(parameter.name(), parameter));
    Map<String, String> checked = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Parameter parameter = byName.get(name.trim());
      if (parameter == null) {
        throw new IllegalArgumentException("unknown parameter \"" + name + "\"; "
            + (byName.isEmpty() ? "this strategy takes none" : "known: "
            + String.join(", ", byName.keySet())));
      }
      parameter.validate(value);
      checked.put(parameter.name(), value.trim());
    });
    return new Parameters(Map.copyOf(byName), Map.copyOf(checked));
  }

  /**
   * Parses {@code name=value} pairs, such as those of a command line.
   *
   * @throws IllegalArgumentException if a pair has no {@code =}
   */
  public static Map<String, String> parsePairs(Collection<String> pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "parameter must be given as name=value, such as process=low: \"" + pair + "\"");
      }
      values.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return values;
  }

  /** The values given, by parameter name, without defaults. */
  @JsonValue
  public Map<String, String> values() {
    return values;
  }

  /** The given or default value as text; empty when there is neither. */
  public Optional<String> text(String name) {
    String value = values.get(name);
    if (value != null) {
      return Optional.of(value);
    }
    Parameter parameter = parameter(name);
    return parameter.defaultValue().isEmpty()
        ? Optional.empty()
        : Optional.of(parameter.defaultValue());
  }

  /** The value of a number or integer parameter. */
  public double number(String name) {
    return Double.parseDouble(required(name));
  }

  /** The value of a boolean parameter. */
  public boolean bool(String name) {
    return Boolean.parseBoolean(required(name));
  }

  /** The value of a choice parameter, in lower case. */
  public String choice(String name) {
    return required(name).toLowerCase(Locale.ROOT);
  }

  /** The value of a path parameter, or empty when none is given and there is no default. */
  public Optional<Path> path(String name) {
    return text(name).filter(text -> !text.isBlank()).map(Path::of);
  }

  /** The items of a list parameter, trimmed, without empty items. */
  public List<String> list(String name) {
    return text(name)
        .map(text -> Arrays.stream(text.split(",")).map(String::trim)
            .filter(item -> !item.isEmpty()).toList())
        .orElse(List.of());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameters && ((Parameters) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The given values, such as {@code {process=low}}. */
  @Override
  public String toString() {
    return values.toString();
  }

  private String required(String name) {
    return text(name).orElseThrow(() -> new IllegalArgumentException(
        "parameter " + name + " has no value and no default"));
  }

  private Parameter parameter(String name) {
    Parameter parameter = declared.get(name);
    if (parameter == null) {
      throw new IllegalArgumentException("unknown parameter \"" + name + "\"; known: "
          + String.join(", ", declared.keySet()));
    }
    return parameter;
  }
}
