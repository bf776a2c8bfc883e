package dev.attackj.core.release;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The default cache directory of the platform: {@code $XDG_CACHE_HOME/attackj} or
 * {@code ~/.cache/attackj} on Linux and other Unix systems, {@code ~/Library/Caches/attackj} on
 * macOS and {@code %LOCALAPPDATA%\attackj\cache} on Windows.
 */
final class CacheLocation {

  private static final String NAME = "attackj";

  private CacheLocation() {}

  /**
   * Returns the default cache directory.
   *
   * @param properties looks up a system property
   * @param variables looks up an environment variable
   */
  static Path defaultDirectory(UnaryOperator<String> properties, UnaryOperator<String> variables) {
    String os = properties.apply("os.name");
    String home = properties.apply("user.home");
    String lowerOs = os == null ? "" : os.toLowerCase(Locale.ROOT);
    if (lowerOs.startsWith("windows")) {
      String local = variables.apply("LOCALAPPDATA");
      return isSet(local) ? Path.of(local, NAME, "cache") : Path.of(home, "AppData", "Local",
          NAME, "cache");
    }
    if (lowerOs.startsWith("mac")) {
      return Path.of(home, "Library", "Caches", NAME);
    }
    String xdg = variables.apply("XDG_CACHE_HOME");
    if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, NAME);
    }
    return Path.of(home, ".cache", NAME);
  }

  static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
