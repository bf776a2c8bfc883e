package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregateFunctionTest {

  private static final Optional<BigDecimal> UNSCORED = Optional.empty();

  private static Optional<BigDecimal> score(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void aggregate_averageOfScoredOnly() {
    Optional<BigDecimal> result = AggregateFunction.AVERAGE.aggregate(
        score("1"), List.of(score("2"), UNSCORED, score("4")), false);

    assertEquals(score("2.33"), result);
  }

  @Test
  void aggregate_averageCountingUnscored() {
    // (1 + 2 + 4) / (3 sub-techniques + 1) = 1.75

    Optional<BigDecimal> result = AggregateFunction.AVERAGE.aggregate(
        score("1"), List.of(score("2"), UNSCORED, score("4")), true);

    assertEquals(score("1.75"), result);
  }

  @Test
  void aggregate_minMaxSum() {
    List<Optional<BigDecimal>> subtechniques = List.of(score("2"), UNSCORED, score("4.5"));

    assertEquals(score("2"), AggregateFunction.MIN.aggregate(UNSCORED, subtechniques, true));
    assertEquals(score("4.5"), AggregateFunction.MAX.aggregate(UNSCORED, subtechniques, true));
    assertEquals(score("6.5"), AggregateFunction.SUM.aggregate(UNSCORED, subtechniques, true));
  }

  @Test
  void aggregate_nothingScored() {
    Optional<BigDecimal> result = AggregateFunction.SUM.aggregate(
        UNSCORED, List.of(UNSCORED, UNSCORED), false);

    assertEquals(UNSCORED, result);
  }

  @Test
  void aggregate_roundsLikeToFixed() {
    // 2 / 3 = 0.666... prints as 0.67; 5 / 2 = 2.50 prints as 2.5.

    assertEquals(score("0.67"), AggregateFunction.AVERAGE.aggregate(
        score("0"), List.of(score("2"), UNSCORED), true));
    assertEquals(score("2.5"), AggregateFunction.AVERAGE.aggregate(
        score("2"), List.of(score("3")), false));
  }

  @Test
  void fromJson_names() {
    assertEquals(Optional.of(AggregateFunction.SUM), AggregateFunction.fromJson("sum"));
    assertEquals(Optional.empty(), AggregateFunction.fromJson("median"));
  }
}
