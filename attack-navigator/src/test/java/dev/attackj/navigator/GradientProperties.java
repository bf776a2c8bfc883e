package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GradientProperties {

  @Property(tries = 300)
  void everyScoreHasAHexColor(@ForAll("colorLists") List<String> colors,
      @ForAll @IntRange(min = -50, max = 150) int score) {
    Gradient gradient = Gradient.of(colors, 0, 100);

    String color = gradient.colorOf(BigDecimal.valueOf(score)).orElseThrow();

    assertTrue(color.matches("#[0-9a-f]{6}"), color);
  }

  @Property(tries = 300)
  void boundsTakeTheEndColors(@ForAll("colorLists") List<String> colors) {
    Gradient gradient = Gradient.of(colors, -10, 10);

    String first = gradient.colorOf(BigDecimal.valueOf(-10)).orElseThrow();
    String last = gradient.colorOf(BigDecimal.TEN).orElseThrow();

    assertEquals(colors.get(0), first);
    assertEquals(colors.get(colors.size() - 1), last);
  }

  @Property(tries = 200)
  void substepsSumToNinetyNine(@ForAll @IntRange(min = 2, max = 100) int stops) {
    int[] substeps = GradientSteps.substeps(stops);

    assertEquals(99, java.util.Arrays.stream(substeps).sum());
    assertTrue(java.util.Arrays.stream(substeps).allMatch(steps -> steps >= 1));
  }

  @Provide
  Arbitrary<List<String>> colorLists() {
    return Arbitraries.integers().between(0, 0xffffff).map(rgb -> String.format("#%06x", rgb))
        .list().ofMinSize(2).ofMaxSize(8);
  }
}
