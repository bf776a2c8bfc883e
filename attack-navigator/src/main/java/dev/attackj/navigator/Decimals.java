package dev.attackj.navigator;

import java.math.BigDecimal;

/**
 * Bounds and normal form of the decimal numbers in layers. A layer number is a JavaScript
 * number, which never needs more than a few hundred digits when written out, so a number with
 * more than {@value #MAX_DIGITS} digits before or after the decimal point is rejected. Without
 * the bound, a short text such as {@code 1e999999999} would become a billion digits when it is
 * normalised or written.
 */
final class Decimals {

  /** The maximum number of digits of a layer number before, and after, the decimal point. */
  static final int MAX_DIGITS = 1000;

  /** The rule {@link #fits} checks, for messages. */
  static final String RULE = "must have at most " + MAX_DIGITS + " digits before and "
      + MAX_DIGITS + " after the decimal point";

  private Decimals() {}

  /** Checks that a number written out has at most {@value #MAX_DIGITS} digits each side. */
  static boolean fits(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
  }

  /**
   * Returns a number without a negative scale, so that {@code 1E+2} reads as {@code 100}. A
   * number that does not {@linkplain #fits fit} is returned unchanged.
   */
  static BigDecimal normalize(BigDecimal value) {
    return value.scale() < 0 && fits(value) ? value.setScale(0) : value;
  }
}
