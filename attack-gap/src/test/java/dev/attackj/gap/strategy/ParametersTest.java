package dev.attackj.gap.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParametersTest {

  private static final List<Parameter> DECLARED = List.of(
      Parameter.number("weight", 0.5, "a weight"),
      Parameter.of("cap", Parameter.Type.INTEGER, "10", "a cap"),
      Parameter.of("normalize", Parameter.Type.BOOLEAN, "true", "a switch"),
      Parameter.choice("level", "high", List.of("None", "Low", "High"), "a level"),
      Parameter.of("data", Parameter.Type.PATH, "", "a file"),
      Parameter.of("collected", Parameter.Type.LIST, "", "a list"));

  @Test
  void getters_withoutValues_returnDefaults() {
    Parameters parameters = Parameters.of(DECLARED, Map.of());

    assertEquals(0.5, parameters.number("weight"));
    assertEquals(10, parameters.number("cap"));
    assertEquals(true, parameters.bool("normalize"));
    assertEquals("high", parameters.choice("level"));
    assertEquals(Optional.empty(), parameters.path("data"));
    assertEquals(List.of(), parameters.list("collected"));
  }

  @Test
  void getters_withValues_parseThem() {
    Parameters parameters = Parameters.of(DECLARED, Map.of("weight", "2", "level", "LOW",
        "data", "x.json", "collected", " a, ,b "));

    assertEquals(2.0, parameters.number("weight"));
    assertEquals("low", parameters.choice("level"));
    assertEquals(Optional.of(Path.of("x.json")), parameters.path("data"));
    assertEquals(List.of("a", "b"), parameters.list("collected"));
  }

  @Test
  void of_invalidValues_areRejectedWithRule() {
    List<String> messages = List.of(
        message(Map.of("weight", "heavy")),
        message(Map.of("cap", "1.5")),
        message(Map.of("normalize", "yes")),
        message(Map.of("level", "medium")));

    assertEquals(List.of(
        "parameter weight must be a finite number: \"heavy\"",
        "parameter cap must be a whole number: \"1.5\"",
        "parameter normalize must be true or false: \"yes\"",
        "parameter level must be one of none, low, high: \"medium\""), messages);
  }

  @Test
  void of_unknownName_listsKnownNames() {
    assertEquals("unknown parameter \"wieght\"; known: weight, cap, normalize, level, data, "
        + "collected", message(Map.of("wieght", "1")));
  }

  @Test
  void parsePairs_withoutEquals_isRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Parameters.parsePairs(List.of("process")));

    assertEquals("parameter must be given as name=value, such as process=low: \"process\"",
        error.getMessage());
  }

  @Test
  void parsePairs_valueWithEquals_keepsRest() {
    assertEquals(Map.of("data", "a=b.json"), Parameters.parsePairs(List.of("data=a=b.json")));
  }

  private static String message(Map<String, String> values) {
    return assertThrows(IllegalArgumentException.class, () -> Parameters.of(DECLARED, values))
        .getMessage();
  }
}
