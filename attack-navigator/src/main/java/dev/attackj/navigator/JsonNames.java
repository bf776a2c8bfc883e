package dev.attackj.navigator;

import java.util.Locale;
import java.util.Optional;

/** The lower-case names that layer files use for enum constants, such as {@code side}. */
final class JsonNames {

  private JsonNames() {}

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** Finds the constant of an enum whose layer file name is the text. */
  static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(text)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
