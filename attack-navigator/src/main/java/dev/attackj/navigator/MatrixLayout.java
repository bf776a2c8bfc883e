package dev.attackj.navigator;

import java.util.Optional;

/** How the Navigator draws the matrix: sub-techniques beside, below, or as small boxes. */
public enum MatrixLayout {
  SIDE,
  FLAT,
  MINI;

  /** The name in a layer file, such as {@code side}. */
  public String jsonName() {
    return JsonNames.of(this);
  }

  /** The layout with a layer file name, or empty when there is none. */
  public static Optional<MatrixLayout> fromJson(String text) {
    return JsonNames.find(MatrixLayout.class, text);
  }
}
