package dev.attackj.navigator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The score gradient of a layer: colors spread evenly from {@code minValue} to {@code maxValue}.
 * {@link #colorOf(BigDecimal)} computes a score's color exactly as the Navigator does.
 */
@Value.Immutable
public abstract class Gradient {

  /** The Navigator's default colors: red, yellow, green. */
  public static final List<String> RED_TO_GREEN = List.of("#ff6666", "#ffe766", "#8ec843");

  /** The color strings, from the color of {@link #minValue()} to that of {@link #maxValue()}. */
  public abstract List<String> colors();

  public abstract BigDecimal minValue();

  public abstract BigDecimal maxValue();

  /** Properties of the gradient object that format 4.5 does not define, kept as read. */
  public abstract java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> extraFields();

  /** The Navigator's default gradient: red to yellow to green over scores 0 to 100. */
  public static Gradient defaults() {
    return of(RED_TO_GREEN, BigDecimal.ZERO, BigDecimal.valueOf(100));
  }

  public static Gradient of(List<String> colors, BigDecimal minValue, BigDecimal maxValue) {
    return ImmutableGradient.builder().colors(colors).minValue(minValue).maxValue(maxValue)
        .build();
  }

  public static Gradient of(List<String> colors, long minValue, long maxValue) {
    return of(colors, BigDecimal.valueOf(minValue), BigDecimal.valueOf(maxValue));
  }

  /**
   * Whether the Navigator can draw this gradient: at least two colors, each a color it
   * understands, and {@code minValue < maxValue}.
   */
  public final boolean isUsable() {
    return colors().size() >= 2
        && colors().stream().allMatch(CssColor::isValid)
        && minValue().compareTo(maxValue()) < 0;
  }

  /**
   * Computes the color of a score as a lower-case {@code #rrggbb} string, or empty when the
   * gradient is not {@linkplain #isUsable() usable}. Scores at or beyond the bounds take the
   * first or last color.
   */
  public final Optional<String> colorOf(BigDecimal score) {
    return steps().map(steps -> steps.colorOf(
        score.doubleValue(), minValue().doubleValue(), maxValue().doubleValue()));
  }

  @Value.Lazy
  Optional<GradientSteps> steps() {
    return isUsable() ? Optional.of(GradientSteps.of(colors())) : Optional.empty();
  }

  @Override
  public String toString() {
    return "Gradient" + colors() + " " + minValue().toPlainString() + ".."
        + maxValue().toPlainString();
  }
}
