package dev.attackj.gap.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.gap.Enterprise;
import dev.attackj.gap.analysis.GapStatus;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.navigator.Layer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanWriterTest {

  private static final PlanItem ITEM = PlanItem.builder()
      .rank(1).techniqueId("T1059").name("Command | *Scripting*").status(GapStatus.GAP)
      .addTactic("execution").addActor("G0046 FIN7").score(0.5)
      .rationale("prevalence 1 <script>").detectionApproach("build a [detection](x)")
      .addDataSource("Process: Process Creation").effort(Effort.of(3, "2 days; +1"))
      .build();

  private static final RemediationPlan PLAN = RemediationPlan.builder()
      .assessmentDate("2026-12-04").attackRelease("18.1").profile("FIN7 | _test_")
      .addPrimaryThreat("G0046 FIN7").strategy("default").techniques(10)
      .currentCoverage(60).targetCoverage(70).plannedCoverage(70)
      .addWave(Wave.builder().name("30 days").days(30).coverageAfter(70).addItem(ITEM).build())
      .build();

  @Test
  void markdown_plan_escapesTextFromInput() {
    String markdown = PlanWriter.markdown(PLAN);

    assertTrue(markdown.startsWith("# Remediation plan: FIN7 \\| \\_test\\_\n"), markdown);
    assertTrue(markdown.contains("| 1 | T1059 | Command \\| \\*Scripting\\* |"), markdown);
    assertTrue(markdown.contains("prevalence 1 \\<script\\>"), markdown);
    assertTrue(markdown.contains("build a \\[detection\\](x)"), markdown);
  }

  @Test
  void markdown_plan_listsHeaderFacts() {
    String markdown = PlanWriter.markdown(PLAN);

    assertTrue(markdown.contains("| Assessment date | 2026-12-04 |"), markdown);
    assertTrue(markdown.contains("| ATT&CK release | 18.1 |"), markdown);
    assertTrue(markdown.contains("| Current coverage | 60.0% |"), markdown);
    assertTrue(markdown.contains("| Target coverage | 70.0% |"), markdown);
    assertTrue(markdown.contains("## Wave 1: 30 days (coverage after: 70.0%, effort: 3.0 days)"),
        markdown);
  }

  @Test
  void escape_lineBreaks_becomeSpaces() {
    assertEquals("a b c", Markdown.escape("a\nb\r\nc").replace("  ", " "));
  }

  @Test
  void effort_size_followsDays() {
    assertEquals(List.of("S", "M", "L"),
        List.of(Effort.of(2, "").size(), Effort.of(5, "").size(), Effort.of(5.5, "").size()));
  }

  @Test
  void actorLayer_profileActor_commentsHowItIsUsed() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).release("18.1")
        .actors(List.of("FIN7", "APT38")).build();

    Layer layer = PlanWriter.actorLayer(profile, "G0046");

    long expected = profile.techniques().values().stream()
        .filter(threat -> threat.actorIds().contains("G0046")).count();
    assertEquals(expected, layer.techniques().size());
    assertEquals("G0046 FIN7", layer.name());
    assertTrue(layer.techniques().stream()
        .allMatch(entry -> entry.comment().startsWith("Used ")), layer.toString());
  }

  @Test
  void actorLayer_unknownActor_throws() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).actor("FIN7").build();

    assertThrows(IllegalArgumentException.class, () -> PlanWriter.actorLayer(profile, "G0001"));
  }
}
