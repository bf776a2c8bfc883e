package dev.attackj.core;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the known names closest to an unknown one, by edit distance ignoring case. */
final class NameSuggester {

  private static final int MAX_SUGGESTIONS = 5;

  private NameSuggester() {}

  /**
   * Returns up to five candidates closest to the name: those that contain it or that are within
   * an edit distance of a third of its length (at least 2), closest first, ties by name.
   */
  static List<String> closest(String name, Iterable<String> candidates) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    int limit = Math.max(2, key.length() / 3);
    Set<String> distinct = new LinkedHashSet<>();
    candidates.forEach(distinct::add);

    record Candidate(String text, int distance) {}
    return distinct.stream()
        .map(text -> new Candidate(text, distance(key, text.toLowerCase(Locale.ROOT))))
        .filter(candidate -> candidate.distance() <= limit
            || candidate.text().toLowerCase(Locale.ROOT).contains(key) && key.length() > 2)
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::text))
        .limit(MAX_SUGGESTIONS)
        .map(Candidate::text)
        .toList();
  }

  /** Computes the Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
