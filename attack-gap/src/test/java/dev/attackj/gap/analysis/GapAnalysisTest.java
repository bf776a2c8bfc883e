package dev.attackj.gap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.ImmutableTechniqueCoverage;
import dev.attackj.gap.coverage.TechniqueCoverage;
import dev.attackj.gap.profile.Actor;
import dev.attackj.gap.profile.ActorUse;
import dev.attackj.gap.profile.ImmutableTechniqueThreat;
import dev.attackj.gap.profile.ImmutableThreatProfile;
import dev.attackj.gap.profile.Mappers;
import dev.attackj.gap.profile.TechniqueThreat;
import dev.attackj.gap.profile.ThreatProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapAnalysisTest {

  private static final ThreatProfile PROFILE = ImmutableThreatProfile.builder()
      .name("test")
      .release("18.1")
      .addTactics("initial-access", "execution", "persistence")
      .addActors(actor("G1"), actor("G2"))
      .putTechnique("T1059", threat("T1059", List.of("execution"), "G1", "G2"))
      .putTechnique("T1053", threat("T1053", List.of("execution", "persistence"), "G1"))
      .putTechnique("T1566", threat("T1566", List.of("initial-access"), "G2"))
      .putTechnique("T1547", threat("T1547", List.of("persistence"), "G2"))
      .build();

  private static final Coverage COVERAGE = Coverage.builder()
      .putTechnique("T1059", coverage("T1059", 2, false))
      .putTechnique("T1053", coverage("T1053", 1, true))
      .putTechnique("T1547", TechniqueCoverage.builder().techniqueId("T1547").score(0.5).build())
      .build();

  @Test
  void of_coverage_setsStatusPerTechnique() {
    GapAnalysis analysis = GapAnalysis.of(PROFILE, COVERAGE);

    assertEquals(GapStatus.COVERED, status(analysis, "T1059"));
    assertEquals(GapStatus.PARTIAL, status(analysis, "T1053"));
    assertEquals(GapStatus.GAP, status(analysis, "T1566"));
    assertEquals(GapStatus.PARTIAL, status(analysis, "T1547"));
  }

  @Test
  void of_coverage_talliesOverallTacticsAndActors() {
    GapAnalysis analysis = GapAnalysis.of(PROFILE, COVERAGE);

    assertEquals(Tally.of(1, 2, 1), analysis.overall());
    assertEquals(25.0, analysis.overall().coveredPercent());
    assertEquals(List.of("initial-access", "execution", "persistence"),
        List.copyOf(analysis.byTactic().keySet()));
    assertEquals(Tally.of(0, 0, 1), analysis.byTactic().get("initial-access"));
    assertEquals(Tally.of(1, 1, 0), analysis.byTactic().get("execution"));
    assertEquals(Tally.of(0, 2, 0), analysis.byTactic().get("persistence"));
    assertEquals(Tally.of(1, 1, 0), analysis.byActor().get("G1"));
    assertEquals(Tally.of(1, 1, 1), analysis.byActor().get("G2"));
  }

  @Test
  void of_higherFullScore_turnsCoveredIntoPartial() {
    GapAnalysis analysis = GapAnalysis.of(PROFILE, COVERAGE, 3);

    assertEquals(GapStatus.PARTIAL, status(analysis, "T1059"));
  }

  @Test
  void of_fullScoreZero_isRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> GapAnalysis.of(PROFILE, COVERAGE, 0));

    assertEquals("full coverage score must be a finite number above 0: 0.0", error.getMessage());
  }

  @Test
  void uncovered_returnsGapsAndPartials() {
    GapAnalysis analysis = GapAnalysis.of(PROFILE, COVERAGE);

    List<String> ids = analysis.uncovered().stream().map(TechniqueGap::techniqueId).toList();

    assertEquals(List.of("T1053", "T1547", "T1566"), ids);
  }

  @Test
  void toJson_roundTrips() throws Exception {
    GapAnalysis analysis = GapAnalysis.of(PROFILE, COVERAGE);

    String json = analysis.toJson();
    GapAnalysis read = Mappers.json().readValue(json, GapAnalysis.class);

    assertEquals(analysis, read);
    JsonNode tree = Mappers.json().readTree(json);
    assertEquals(25.0, tree.at("/overall/coveredPercent").asDouble());
    assertEquals("GAP", tree.at("/techniques/3/status").asText());
  }

  @Test
  void toYaml_roundTrips() throws Exception {
    GapAnalysis analysis = GapAnalysis.of(PROFILE, COVERAGE);

    String yaml = analysis.toYaml();
    GapAnalysis read = Mappers.yaml().readValue(yaml, GapAnalysis.class);

    assertEquals(analysis, read);
    assertTrue(yaml.startsWith("profile: test\n"), yaml);
  }

  private static GapStatus status(GapAnalysis analysis, String techniqueId) {
    return analysis.technique(techniqueId).orElseThrow().status();
  }

  private static Actor actor(String id) {
    return Actor.builder().id(id).name("Group " + id).kind(Actor.Kind.GROUP).build();
  }

  private static TechniqueThreat threat(String id, List<String> tactics, String... actors) {
    ImmutableTechniqueThreat.Builder threat =
        TechniqueThreat.builder().techniqueId(id).name("Technique " + id)
        .tactics(tactics);
    for (String actor : actors) {
      threat.addUse(ActorUse.builder().actor(actor).via(ActorUse.Via.DIRECT).weight(1).build());
    }
    return threat.build();
  }

  private static TechniqueCoverage coverage(String id, int rules, boolean rolledUp) {
    ImmutableTechniqueCoverage.Builder coverage =
        TechniqueCoverage.builder().techniqueId(id)
        .score(rules).rolledUp(rolledUp);
    for (int i = 0; i < rules; i++) {
      coverage.addRuleId("rule-" + id + "-" + i);
    }
    return coverage.build();
  }
}
