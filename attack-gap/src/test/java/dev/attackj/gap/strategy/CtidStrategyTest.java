package dev.attackj.gap.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.InvalidInputException;
import dev.attackj.core.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtidStrategyTest {

  private static final String TECHNIQUES = "threat-intel/ctid/Techniques.json";

  /** CTID's published top ten with every monitoring level high, scores to 6 decimals. */
  private static final List<String> TOP_TEN = List.of("T1059 2.914286", "T1047 2.183333",
      "T1053 2.114285", "T1055 1.945238", "T1218 1.880952", "T1574 1.826190", "T1562 1.804762",
      "T1543 1.766667", "T1036 1.619048", "T1112 1.604762");

  @Test
  void rank_allLevelsHigh_reproducesPublishedTopTen() {
    Path data = TestData.file(TECHNIQUES);
    Map<String, String> parameters = levels(data, "high");
    ScoringContext context = ScoringContext.builder().parameters(parameters)
        .techniqueIds(Strategies.ctidTechniqueIds(data)).build();

    Ranking ranking = Ranking.of(Strategies.byName("ctid"), context);

    assertEquals(TOP_TEN, topTen(ranking));
  }

  @Test
  void score_lowProcessMonitoring_raisesProcessTechniques() {
    Path data = TestData.file(TECHNIQUES);
    Map<String, String> parameters = levels(data, "high");
    parameters.put("process", "low");
    ScoringContext context = ScoringContext.builder().parameters(parameters)
        .addTechniqueId("T1059").build();

    Score score = Strategies.ctid().score("T1059", context);

    assertEquals(2.914285904761905 * (1 + 2.0 / 3.0 / 5), score.value(), 1e-12);
    assertTrue(score.note().contains("process low"), score.note());
  }

  @Test
  void score_noneEverywhere_appliesEveryFlaggedModifier() {
    Path data = TestData.file(TECHNIQUES);
    ScoringContext context = ScoringContext.builder().parameters(levels(data, "none"))
        .addTechniqueId("T1562").build();

    Score score = Strategies.ctid().score("T1562", context);

    assertEquals(1.8047620952380954 * 2, score.value(), 1e-12);
  }

  @Test
  void score_techniqueNotInData_isZeroWithNote() {
    Path data = TestData.file(TECHNIQUES);
    ScoringContext context = ScoringContext.builder().parameters(levels(data, "high"))
        .addTechniqueId("T9999").build();

    Score score = Strategies.ctid().score("T9999", context);

    assertEquals(0, score.value());
    assertTrue(score.note().startsWith("not in the CTID data"), score.note());
  }

  @Test
  void score_factorsAddUpToValue() {
    Path data = TestData.file(TECHNIQUES);
    ScoringContext context = ScoringContext.builder().parameters(levels(data, "medium"))
        .addTechniqueId("T1047").build();

    Score score = Strategies.ctid().score("T1047", context);

    double sum = score.factors().stream().mapToDouble(Factor::contribution).sum();
    assertEquals(score.value(), sum, 1e-12);
  }

  @Test
  void rank_bundledData_reproducesPublishedTopTen() {
    ScoringContext context = ScoringContext.builder()
        .techniqueIds(Strategies.ctidTechniqueIds()).build();

    Ranking ranking = Ranking.of(Strategies.byName("ctid"), context);

    assertEquals(TOP_TEN, topTen(ranking));
  }

  @Test
  void bundledData_matchesPublishedFile() {
    Path data = TestData.file(TECHNIQUES);

    List<String> bundled = Strategies.ctidTechniqueIds();

    assertEquals(Strategies.ctidTechniqueIds(data), bundled);
  }

  @Test
  void prepare_invalidLevel_failsNamingChoices() {
    Map<String, String> parameters = new HashMap<>(Map.of("data", "Techniques.json"));
    parameters.put("cloud", "strong");
    ScoringContext context = ScoringContext.builder().parameters(parameters).build();

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Strategies.ctid().prepare(context));

    assertEquals("parameter cloud must be one of none, low, medium, high: \"strong\"",
        error.getMessage());
  }

  @Test
  void prepare_fileWithoutArray_failsWithProblem(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("Techniques.json"), "{\"tid\": \"T1059\"}");
    ScoringContext context = ScoringContext.builder().parameters(Map.of("data", file.toString()))
        .build();

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> Strategies.ctid().prepare(context));

    assertEquals(file.toString(), error.problem().file());
  }

  @Test
  void prepare_entryWithoutScore_failsWithPointer(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("Techniques.json"),
        "[{\"tid\": \"T1059\", \"choke_point_score\": 1, \"prevalence_score\": \"high\"}]");
    ScoringContext context = ScoringContext.builder().parameters(Map.of("data", file.toString()))
        .build();

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> Strategies.ctid().prepare(context));

    assertEquals("/0/prevalence_score", error.problem().pointer().orElse(""));
  }

  private static List<String> topTen(Ranking ranking) {
    return ranking.top(10).stream()
        .map(entry -> String.format(Locale.ROOT, "%s %.6f", entry.techniqueId(), entry.score()))
        .toList();
  }

  private static Map<String, String> levels(Path data, String level) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("data", data.toString());
    for (String type : List.of("process", "network", "file", "cloud", "hardware")) {
      parameters.put(type, level);
    }
    return parameters;
  }
}
