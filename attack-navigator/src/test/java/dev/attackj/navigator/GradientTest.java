package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Colors worked out by hand from the Navigator's algorithm: 100 steps, segments of
 * {@code round(99 * width)} steps adjusted to sum to 99, channels rounded half up.
 */
class GradientTest {

  private static final Gradient RED_TO_GREEN = Gradient.defaults();

  @Test
  void substeps_threeStops() {
    // round(49.5) = 50 twice makes 101 steps, so the first (largest) segment loses one.

    int[] substeps = GradientSteps.substeps(3);

    assertArrayEquals(new int[] {49, 50}, substeps);
  }

  @Test
  void substeps_moreStops() {
    // Four stops: round(99 / 3) = 33 three times sums to 99 already.
    // Five stops: round(24.75) = 25 four times makes 101, so the first segment loses one.
    // Six stops: round(19.8) = 20 five times makes 101, so again the first segment loses one.

    assertArrayEquals(new int[] {99}, GradientSteps.substeps(2));
    assertArrayEquals(new int[] {33, 33, 33}, GradientSteps.substeps(4));
    assertArrayEquals(new int[] {24, 25, 25, 25}, GradientSteps.substeps(5));
    assertArrayEquals(new int[] {19, 20, 20, 20, 20}, GradientSteps.substeps(6));
  }

  @Test
  void colorOf_nearTheTop() {
    // Index 98 is step 49 of 50 from (255,231,102) to (142,200,67):
    // (255 - 113 * 49 / 50, 231 - 31 * 49 / 50, 102 - 35 * 49 / 50) = (144.26, 200.62, 67.7).

    assertEquals(Optional.of("#90c944"), RED_TO_GREEN.colorOf(BigDecimal.valueOf(98)));
    assertEquals(Optional.of("#8ec843"), RED_TO_GREEN.colorOf(BigDecimal.valueOf(99)));
  }

  @Test
  void colorOf_bounds() {
    assertEquals(Optional.of("#ff6666"), RED_TO_GREEN.colorOf(BigDecimal.ZERO));
    assertEquals(Optional.of("#ff6666"), RED_TO_GREEN.colorOf(BigDecimal.valueOf(-5)));
    assertEquals(Optional.of("#8ec843"), RED_TO_GREEN.colorOf(BigDecimal.valueOf(100)));
    assertEquals(Optional.of("#8ec843"), RED_TO_GREEN.colorOf(BigDecimal.valueOf(250)));
  }

  @Test
  void colorOf_firstSegment() {
    // Step 25 of 49 from (255,102,102) to (255,231,102): g = 102 + 129 / 49 * 25 = 167.82.

    Optional<String> color = RED_TO_GREEN.colorOf(BigDecimal.valueOf(25));

    assertEquals(Optional.of("#ffa866"), color);
  }

  @Test
  void colorOf_middleIsFirstStepOfSecondSegment() {
    // Step 50 is step 1 of 50 from (255,231,102) to (142,200,67):
    // (255 - 113/50, 231 - 31/50, 102 - 35/50) = (252.74, 230.38, 101.3).

    Optional<String> color = RED_TO_GREEN.colorOf(BigDecimal.valueOf(50));

    assertEquals(Optional.of("#fde665"), color);
  }

  @Test
  void colorOf_stopColorAtItsStep() {
    // Step 49 is the middle stop itself: score 49 of 0..100 maps to index 49.

    Optional<String> color = RED_TO_GREEN.colorOf(BigDecimal.valueOf(49));

    assertEquals(Optional.of("#ffe766"), color);
  }

  @Test
  void colorOf_twoColors() {
    Gradient gradient = Gradient.of(List.of("#ffffff", "#000000"), 0, 10);

    // Index round(5 / 10 * 100) = 50: 255 - 255 / 99 * 50 = 126.21.
    assertEquals(Optional.of("#7e7e7e"), gradient.colorOf(BigDecimal.valueOf(5)));
    // Index round(0.1 / 10 * 100) = 1: 255 - 255 / 99 = 252.42.
    assertEquals(Optional.of("#fcfcfc"), gradient.colorOf(new BigDecimal("0.1")));
  }

  @Test
  void colorOf_justBelowMaximumTakesLastStep() {
    Gradient gradient = Gradient.of(List.of("#ffffff", "#000000"), 0, 10);

    Optional<String> color = gradient.colorOf(new BigDecimal("9.96"));

    assertEquals(Optional.of("#000000"), color);
  }

  @Test
  void colorOf_namedAndShortColors() {
    Gradient gradient = Gradient.of(List.of("white", "#000"), 0, 99);

    Optional<String> color = gradient.colorOf(BigDecimal.valueOf(33));

    // Index round(33 / 99 * 100) = 33: 255 - 255 / 99 * 33 = 170.
    assertEquals(Optional.of("#aaaaaa"), color);
  }

  @Test
  void isUsable_rejectsBadGradients() {
    assertFalse(Gradient.of(List.of("#ffffff"), 0, 10).isUsable());
    assertFalse(Gradient.of(List.of("#ffffff", "#000000"), 10, 10).isUsable());
    assertFalse(Gradient.of(List.of("#ffffff", "not-a-color"), 0, 10).isUsable());
    assertTrue(RED_TO_GREEN.isUsable());
    assertEquals(Optional.empty(), Gradient.of(List.of("#fff"), 0, 1).colorOf(BigDecimal.ONE));
  }
}
