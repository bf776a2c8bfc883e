package dev.attackj.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Safe file names from text that came from input, such as a group's name in a layer file
 * name. A safe name has only ASCII letters, digits, {@code .}, {@code _} and {@code -}; does
 * not start with a dot or dash, so it is neither hidden, {@code ..}, nor an option; is not a
 * name Windows reserves for devices ({@code CON}, {@code NUL}, {@code COM1}, ...); and has at
 * most {@value #MAX_LENGTH} characters before its extension.
 */
public final class FileNames {

  /** The most characters of a sanitised name, its extension not counted. */
  public static final int MAX_LENGTH = 120;

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final Pattern RESERVED = Pattern.compile(
      "(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\\$|conout\\$)(\\..*)?");

  private FileNames() {}

  /**
   * Turns text into a safe file name with the given extension.
   *
   * @param text any text, such as {@code ../../etc/x} or {@code <script>}
   * @param extension the extension with its dot, such as {@code .json}, or empty
   * @return a safe name, {@code unnamed} plus the extension for text with no safe character
   */
  public static String sanitize(String text, String extension) {
    String name = UNSAFE.matcher(text).replaceAll("_");
    name = trim(name);
    if (name.length() > MAX_LENGTH) {
      name = trim(name.substring(0, MAX_LENGTH));
    }
    if (name.isEmpty()) {
      name = "unnamed";
    }
    if (RESERVED.matcher(name).matches()) {
      name = "file_" + name;
    }
    return name + extension;
  }

  /**
   * Returns a name that differs, ignoring case, from every name taken so far, adding
   * {@code -2}, {@code -3}, ... before the extension, and adds it to {@code taken}. Names are
   * compared in lower case, since macOS and Windows file systems ignore case.
   */
  public static String unique(String name, String extension, Set<String> taken) {
    String base = name.endsWith(extension)
        ? name.substring(0, name.length() - extension.length()) : name;
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = base + "-" + n + extension;
    }
    return candidate;
  }

  /**
   * Resolves a file name in a folder and checks that the result stays inside it.
   *
   * @throws IllegalArgumentException if the name is absolute or leaves the folder
   */
  public static Path resolveWithin(Path folder, String name) {
    Path base = folder.toAbsolutePath().normalize();
    Path file = base.resolve(name).normalize();
    if (Path.of(name).isAbsolute() || !file.startsWith(base) || file.equals(base)) {
      throw new IllegalArgumentException("file name must stay inside " + base + ": " + name);
    }
    return file;
  }

  private static String trim(String name) {
    int start = 0;
    while (start < name.length() && "._-".indexOf(name.charAt(start)) >= 0) {
      start++;
    }
    int end = name.length();
    while (end > start && "._".indexOf(name.charAt(end - 1)) >= 0) {
      end--;
    }
    return name.substring(start, end);
  }
}
