package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggesterTest {

  @Test
  void closest_typo_findsNearestFirst() {
    List<String> known = List.of("FIN7", "FIN8", "FIN6", "APT29", "Lazarus Group");

    List<String> suggestions = NameSuggester.closest("fin77", known);

    assertEquals(List.of("FIN7", "FIN6", "FIN8"), suggestions);
  }

  @Test
  void closest_part_findsContainingName() {
    List<String> suggestions = NameSuggester.closest("lazarus", List.of("Lazarus Group", "APT38"));

    assertEquals(List.of("Lazarus Group"), suggestions);
  }

  @Test
  void closest_nothingNear_isEmpty() {
    List<String> suggestions = NameSuggester.closest("Sandworm Team", List.of("FIN7", "APT29"));

    assertEquals(List.of(), suggestions);
  }

  @Test
  void distance_examples_matchLevenshtein() {
    assertEquals(0, NameSuggester.distance("fin7", "fin7"));
    assertEquals(1, NameSuggester.distance("fin7", "fin77"));
    assertEquals(3, NameSuggester.distance("kitten", "sitting"));
    assertEquals(4, NameSuggester.distance("", "abcd"));
  }
}
