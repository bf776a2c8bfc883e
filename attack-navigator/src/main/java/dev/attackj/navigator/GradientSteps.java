package dev.attackj.navigator;

import java.util.ArrayList;
import java.util.List;

/**
 * The 100 colors that the Navigator precomputes for a gradient, with the arithmetic of
 * tinygradient 1.x {@code rgb(100)} and tinycolor2 1.x in JavaScript doubles, so that every
 * score maps to the same hex color as in the Navigator (nav-app {@code Gradient.getHexColor}).
 *
 * <p>The colors are stops at even positions. Each segment between two stops gets
 * {@code round(99 * width)} steps (at least 1), adjusted one at a time until they sum to 99; a
 * segment's colors are {@code start + i * (end - start) / steps} for {@code i < steps}, and the
 * last stop closes the list.
 */
final class GradientSteps {

  /** The number of colors the Navigator computes for a gradient. */
  static final int STEPS = 100;

  private final double[][] rgb;

  private GradientSteps(double[][] rgb) {
    this.rgb = rgb;
  }

  static GradientSteps of(List<String> colors) {
    List<double[]> stops = new ArrayList<>();
    for (String color : colors) {
      double[] rgba = CssColor.parse(color).orElseThrow(
          () -> new IllegalArgumentException("invalid gradient color: \"" + color + "\""));
      stops.add(new double[] {
          Math.round(rgba[0]), Math.round(rgba[1]), Math.round(rgba[2])});
    }
    int[] substeps = substeps(stops.size());
    double[][] result = new double[STEPS][];
    int next = 0;
    for (int segment = 0; segment < stops.size() - 1; segment++) {
      double[] start = stops.get(segment);
      double[] end = stops.get(segment + 1);
      int count = substeps[segment];
      result[next++] = start;
      for (int i = 1; i < count; i++) {
        double[] color = new double[3];
        for (int channel = 0; channel < 3; channel++) {
          double step = (end[channel] - start[channel]) / count;
          color[channel] = tinycolorChannel(step * i + start[channel]);
        }
        result[next++] = color;
      }
    }
    result[next] = stops.get(stops.size() - 1);
    return new GradientSteps(result);
  }

  /** The steps per segment for stops at even positions, summing to {@code STEPS - 1}. */
  static int[] substeps(int stopCount) {
    int segments = stopCount - 1;
    int[] substeps = new int[segments];
    int total = 1;
    for (int i = 0; i < segments; i++) {
      double width = (double) (i + 1) / segments - (double) i / segments;
      substeps[i] = (int) Math.max(1, Math.round((STEPS - 1) * width));
      total += substeps[i];
    }
    while (total != STEPS) {
      int index = total < STEPS ? indexOfMin(substeps) : indexOfMax(substeps);
      substeps[index] += total < STEPS ? 1 : -1;
      total += total < STEPS ? 1 : -1;
    }
    return substeps;
  }

  /**
   * Applies what tinycolor does to a channel given as a number: bound it to 0..255 and scale it
   * through 0..1 and back, which can move it by one unit in the last place.
   */
  private static double tinycolorChannel(double value) {
    double bounded = Math.min(255, Math.max(0, value));
    if (Math.abs(bounded - 255) < 0.000001) {
      return 255;
    }
    return (bounded % 255) / 255.0 * 255;
  }

  private static int indexOfMin(int[] values) {
    int index = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[index]) {
        index = i;
      }
    }
    return index;
  }

  private static int indexOfMax(int[] values) {
    int index = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[index]) {
        index = i;
      }
    }
    return index;
  }

  /** The hex color of step {@code index}, each channel rounded half up. */
  String hex(int index) {
    double[] color = rgb[index];
    return String.format("#%02x%02x%02x",
        Math.round(color[0]), Math.round(color[1]), Math.round(color[2]));
  }

  /** The color of a score, as the Navigator picks it from its 100 steps. */
  String colorOf(double score, double min, double max) {
    if (score >= max) {
      return hex(STEPS - 1);
    }
    if (score <= min) {
      return hex(0);
    }
    long index = Math.round((score - min) / (max - min) * 100);
    // NOTE: for scores within half a percent below maxValue the Navigator reads step 100, past
    // its last step, and shows no color. This code takes the last step instead.
    return hex((int) Math.min(index, STEPS - 1));
  }
}
