package dev.attackj.navigator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A function that the Navigator applies to the scores of a technique and its sub-techniques to
 * show one aggregate score on the parent.
 */
public enum AggregateFunction {
  AVERAGE,
  MIN,
  MAX,
  SUM;

  /** The name in a layer file, such as {@code average}. */
  public String jsonName() {
    return JsonNames.of(this);
  }

  /** The function with a layer file name, or empty when there is none. */
  public static Optional<AggregateFunction> fromJson(String text) {
    return JsonNames.find(AggregateFunction.class, text);
  }

  /**
   * Computes the aggregate score of a technique as the Navigator does: over the scores among
   * the technique and its sub-techniques, rounded half up to two decimals.
   *
   * <p>With {@code countUnscored}, {@link #AVERAGE} divides by the number of scores plus
   * {@code unscored} instead of by the number of scores; the other functions ignore both. When
   * there are no scores the result is empty.
   *
   * @param scores the scores of the technique and of its scored sub-techniques, in any order
   * @param unscored how many of the technique and its sub-techniques have no score
   * @param countUnscored whether unscored entries count towards the average
   * @throws IllegalArgumentException if {@code unscored} is negative
   */
  public Optional<BigDecimal> aggregate(List<BigDecimal> scores, int unscored,
      boolean countUnscored) {
    if (unscored < 0) {
      throw new IllegalArgumentException("unscored must not be negative: " + unscored);
    }
    if (scores.isEmpty()) {
      return Optional.empty();
    }

    BigDecimal result = switch (this) {
      case AVERAGE -> {
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int divisor = countUnscored ? scores.size() + unscored : scores.size();
        yield sum.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL64);
      }
      case MIN -> scores.stream().reduce(BigDecimal::min).orElseThrow();
      case MAX -> scores.stream().reduce(BigDecimal::max).orElseThrow();
      case SUM -> scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    };
    return Optional.of(roundLikeToFixed(result));
  }

  /**
   * Rounds to two decimals and drops trailing zeros, as JavaScript's {@code +x.toFixed(2)} prints
   * a number: {@code 2.50} becomes {@code 2.5} and {@code 3.00} becomes {@code 3}.
   */
  static BigDecimal roundLikeToFixed(BigDecimal value) {
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }
}
