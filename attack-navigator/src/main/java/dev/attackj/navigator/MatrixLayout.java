package dev.attackj.navigator;

import java.util.Locale;
import java.util.Optional;

/** How the Navigator draws the matrix: sub-techniques beside, below, or as small boxes. */
public enum MatrixLayout {
  SIDE,
  FLAT,
  MINI;

  /** The name in a layer file, such as {@code side}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The layout with a layer file name, or empty when there is none. */
  public static Optional<MatrixLayout> fromJson(String text) {
    for (MatrixLayout value : values()) {
      if (value.jsonName().equals(text)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
