package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AggregateFunctionTest {

  private static Optional<BigDecimal> score(String value) {
    return Optional.of(new BigDecimal(value));
  }

  private static List<BigDecimal> scores(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).collect(Collectors.toList());
  }

  @Test
  void aggregate_averageOfScoredOnly() {
    Optional<BigDecimal> result = AggregateFunction.AVERAGE.aggregate(
        scores("1", "2", "4"), 1, false);

    assertEquals(score("2.33"), result);
  }

  @Test
  void aggregate_averageCountingUnscored() {
    // (1 + 2 + 4) / (3 sub-techniques + 1) = 1.75

    Optional<BigDecimal> result = AggregateFunction.AVERAGE.aggregate(
        scores("1", "2", "4"), 1, true);

    assertEquals(score("1.75"), result);
  }

  @Test
  void aggregate_minMaxSum() {
    List<BigDecimal> scores = scores("2", "4.5");

    assertEquals(score("2"), AggregateFunction.MIN.aggregate(scores, 2, true));
    assertEquals(score("4.5"), AggregateFunction.MAX.aggregate(scores, 2, true));
    assertEquals(score("6.5"), AggregateFunction.SUM.aggregate(scores, 2, true));
  }

  @Test
  void aggregate_nothingScored() {
    Optional<BigDecimal> result = AggregateFunction.SUM.aggregate(List.of(), 3, false);

    assertEquals(Optional.empty(), result);
  }

  @Test
  void aggregate_roundsLikeToFixed() {
    // 2 / 3 = 0.666... prints as 0.67; 5 / 2 = 2.50 prints as 2.5.

    assertEquals(score("0.67"), AggregateFunction.AVERAGE.aggregate(
        scores("0", "2"), 1, true));
    assertEquals(score("2.5"), AggregateFunction.AVERAGE.aggregate(
        scores("2", "3"), 0, false));
  }

  @Test
  void aggregate_rejectsNegativeUnscored() {
    assertThrows(IllegalArgumentException.class,
        () -> AggregateFunction.SUM.aggregate(scores("1"), -1, false));
  }

  @Test
  void fromJson_names() {
    assertEquals(Optional.of(AggregateFunction.SUM), AggregateFunction.fromJson("sum"));
    assertEquals(Optional.empty(), AggregateFunction.fromJson("median"));
  }
}
