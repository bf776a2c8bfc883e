package dev.attackj.gap.strategy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.immutables.value.Value;

/**
 * One factor of a score's explanation: its input value, the weight it was given, what it added
 * to the score, and where the input came from. A factor of a combined strategy lists the factors
 * of the strategy it stands for as {@link #details()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFactor.class)
@JsonDeserialize(as = ImmutableFactor.class)
@JsonPropertyOrder({"name", "input", "weight", "contribution", "source", "details"})
public abstract class Factor {

  /** What the factor measures, such as {@code choke point}. */
  @JsonProperty("name")
  public abstract String name();

  /** The input value, such as a count or a published score. */
  @JsonProperty("input")
  public abstract double input();

  /** The weight or multiplier applied to the input. */
  @JsonProperty("weight")
  public abstract double weight();

  /** What the factor added to the score; for a multiplier, the factor it applied. */
  @JsonProperty("contribution")
  public abstract double contribution();

  /** Where the input came from, such as a file, a knowledge base release or a parameter. */
  @JsonProperty("source")
  @Value.Default
  public String source() {
    return "";
  }

  /** The factors behind this one, for a factor that stands for a whole strategy. */
  @JsonProperty("details")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Factor> details();

  /** A factor without details. */
  public static Factor of(
      String name, double input, double weight, double contribution, String source) {
    return ImmutableFactor.builder().name(name).input(input).weight(weight)
        .contribution(contribution).source(source).build();
  }

  public static ImmutableFactor.Builder builder() {
    return ImmutableFactor.builder();
  }

  /** One line, such as {@code choke point 1 x 1.2 = 1.2 (CTID Techniques.json)}. */
  @Override
  public String toString() {
    String text = name() + " " + number(input()) + " x " + number(weight()) + " = "
        + number(contribution());
    return source().isEmpty() ? text : text + " (" + source() + ")";
  }

  /** Formats a number with up to six significant digits and no trailing zeros. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
