package dev.attackj.navigator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
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
   * Computes the aggregate score of a technique as the Navigator does: over the scored ones among
   * the technique and its sub-techniques, rounded half up to two decimals.
   *
   * <p>With {@code countUnscored}, {@link #AVERAGE} divides by the number of sub-techniques plus
   * one instead of by the number of scores; the other functions ignore it. When neither the
   * technique nor any sub-technique has a score the result is empty.
   *
   * @param parent the score of the technique, or empty when unscored
   * @param subtechniques one entry per sub-technique of the technique, empty when unscored
   * @param countUnscored whether unscored entries count towards the average
   */
  public Optional<BigDecimal> aggregate(
      Optional<BigDecimal> parent, List<Optional<BigDecimal>> subtechniques,
      boolean countUnscored) {
    List<BigDecimal> scores = new ArrayList<>();
    parent.ifPresent(scores::add);
    subtechniques.forEach(score -> score.ifPresent(scores::add));
    if (scores.isEmpty()) {
      return Optional.empty();
    }

    BigDecimal result;
    switch (this) {
      case MIN:
        result = scores.stream().reduce(BigDecimal::min).orElseThrow();
        break;
      case MAX:
        result = scores.stream().reduce(BigDecimal::max).orElseThrow();
        break;
      case SUM:
        result = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        break;
      case AVERAGE:
      default:
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int divisor = countUnscored ? subtechniques.size() + 1 : scores.size();
        result = sum.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL64);
        break;
    }
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
