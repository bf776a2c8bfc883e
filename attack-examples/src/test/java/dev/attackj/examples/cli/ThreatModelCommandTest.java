package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.TestData;
import dev.attackj.examples.threatmodel.ThreatModelJob;
import dev.attackj.gap.analysis.GapAnalysis;
import dev.attackj.gap.analysis.TechniqueGap;
import dev.attackj.gap.coverage.Coverage;
import dev.attackj.gap.coverage.CoveragePolicy;
import dev.attackj.gap.inventory.InventoryReader;
import dev.attackj.gap.profile.ThreatProfile;
import dev.attackj.gap.strategy.RankedTechnique;
import dev.attackj.gap.strategy.Ranking;
import dev.attackj.gap.strategy.ScoringContext;
import dev.attackj.gap.strategy.Strategies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code attack threat-model} on enterprise 18.1 with the SigmaHQ rules, and its failures. */
class ThreatModelCommandTest {

  private static final List<String> ARTEFACTS = List.of(
      "layers/profile.json", "layers/coverage.json", "layers/gaps.json", "layers/detections.json",
      "layers/actors/g0046-fin7.json", "layers/actors/g0061-fin8.json",
      "layers/actors/g0008-carbanak.json", "layers/actors/g0082-apt38.json",
      "layers/actors/g0032-lazarus-group.json", "pictures/profile.svg", "pictures/coverage.svg",
      "pictures/gaps.svg", "pictures/detections.svg", "pictures/actors/g0046-fin7.svg",
      "plan.yaml", "plan.json", "plan.md", "report.html");

  @TempDir static Path shared;
  private static Path bundle;
  private static Path sigma;
  private static Path out;
  private static CliRun run;

  @BeforeAll
  static void runJob() {
    bundle = TestData.enterprise("18.1");
    sigma = TestData.file("detections/sigma/rules");
    out = shared.resolve("threat-model");
    run = CliRun.of("threat-model", "--bundle", bundle.toString(), "--rules", sigma.toString(),
        "--date", "2026-12-04", "--out", out.toString());
  }

  @Test
  void threatModel_sigmaRules_writesEveryArtefact() {
    assertEquals(0, run.status(), run.err());
    for (String artefact : ARTEFACTS) {
      assertTrue(Files.isRegularFile(out.resolve(artefact)), artefact);
    }
    assertTrue(run.out().contains("techniques  "), run.out());
    assertTrue(run.out().contains(out.resolve("report.html").toString()), run.out());
  }

  @Test
  void threatModel_sigmaRules_leavesNoStagingFolder() throws Exception {
    try (Stream<Path> files = Files.list(shared)) {
      assertEquals(List.of(out), files.toList());
    }
  }

  @Test
  void report_isWellFormedXml() throws Exception {
    byte[] html = Files.readAllBytes(out.resolve("report.html"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);

    Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));

    assertEquals("html", document.getDocumentElement().getLocalName());
    assertEquals(3, document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg")
        .getLength());
  }

  @Test
  void report_isSelfContained() throws Exception {
    // Links to ATT&CK pages (a href) are navigation, not resources the page loads.
    String html = Files.readString(out.resolve("report.html"));

    assertFalse(Pattern.compile("(?i)src\\s*=").matcher(html).find(), "src attribute");
    assertFalse(Pattern.compile("(?i)<link").matcher(html).find(), "link element");
    assertFalse(Pattern.compile("(?i)<script").matcher(html).find(), "script element");
    Matcher urls = Pattern.compile("(?i)url\\(\\s*['\"]?([^)'\"]*)").matcher(html);
    while (urls.find()) {
      assertTrue(urls.group(1).startsWith("#"), urls.group());
    }
    for (String element : List.of("<image", "<use", "<iframe", "<object", "<embed", "@import")) {
      assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(element), element);
    }
  }

  @Test
  void report_namesTacticsActorsAndRankedGaps() throws Exception {
    String html = Files.readString(out.resolve("report.html"));

    assertTrue(html.contains("<h2>Coverage by tactic</h2>"));
    assertTrue(html.contains("<td>Initial Access</td>"));
    assertTrue(html.contains("<td>G0032 Lazarus Group</td>"));
    assertTrue(html.contains("<h2>Ranked gaps</h2>"));
    assertTrue(html.contains("(strategy prevalence)"));
  }

  @Test
  void planYaml_rankingEqualsApi() throws Exception {
    JsonNode plan = new ObjectMapper(new YAMLFactory()).readTree(
        Files.readString(out.resolve("plan.yaml"), StandardCharsets.UTF_8));
    List<String> planned = new ArrayList<>();
    for (JsonNode wave : plan.get("waves")) {
      wave.get("items").forEach(item -> planned.add(item.get("technique").asText()));
    }
    plan.get("remainingGaps").forEach(id -> planned.add(id.asText()));

    assertEquals(apiRanking(), planned);
  }

  private static List<String> apiRanking() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(bundle);
    ThreatProfile profile = ThreatProfile.builder(kb).release("18.1")
        .actors(ThreatModelJob.FINANCIAL_SECTOR).build();
    Coverage coverage = Coverage.compute(
        InventoryReader.create().withKnowledgeBase(kb).read(sigma), CoveragePolicy.defaults(), kb);
    List<String> uncovered = GapAnalysis.of(profile, coverage).uncovered().stream()
        .map(TechniqueGap::techniqueId).toList();
    Ranking ranking = Ranking.of(Strategies.defaultStrategy(), ScoringContext.builder()
        .knowledgeBase(kb).profile(profile).coverage(coverage).techniqueIds(uncovered).build());
    return ranking.ranking().stream().map(RankedTechnique::techniqueId).toList();
  }

  @Test
  void threatModel_missingBundle_failsWithoutOutput(@TempDir Path folder) {
    Path target = folder.resolve("out");

    CliRun failed = CliRun.of("threat-model", "--bundle", folder.resolve("absent.json").toString(),
        "--out", target.toString());

    assertEquals(1, failed.status());
    assertEquals(1, failed.err().lines().filter(line -> line.startsWith("attack: ")).count(),
        failed.err());
    assertTrue(failed.err().contains("absent.json"), failed.err());
    assertFalse(Files.exists(target));
  }

  @Test
  void threatModel_missingRules_failsWithoutOutput(@TempDir Path folder) {
    Path target = folder.resolve("out");

    CliRun failed = CliRun.of("threat-model", "--bundle", bundle.toString(),
        "--rules", folder.resolve("no-rules").toString(), "--out", target.toString());

    assertEquals(1, failed.status());
    assertTrue(failed.err().contains("attack: file not found: " + folder.resolve("no-rules")),
        failed.err());
    assertFalse(Files.exists(target));
  }

  @Test
  void threatModel_unknownActor_keepsOutput(@TempDir Path folder) throws Exception {
    Path target = Files.createDirectories(folder.resolve("out"));
    Files.writeString(target.resolve("report.html"), "earlier run");

    CliRun failed = CliRun.of("threat-model", "--bundle", bundle.toString(),
        "--actors", "FIN77", "--out", target.toString());

    assertEquals(1, failed.status());
    assertTrue(failed.err().contains("\"FIN77\""), failed.err());
    assertTrue(failed.err().contains("did you mean FIN7"), failed.err());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(target), files.toList());
    }
    assertEquals(List.of(target.resolve("report.html")), Files.list(target).toList());
  }

  @Test
  void threatModel_withoutRules_readsExampleInventory(@TempDir Path folder) throws Exception {
    Path target = folder.resolve("out");

    CliRun example = CliRun.of("threat-model", "--bundle", bundle.toString(),
        "--actors", "FIN7", "--target", "50", "--out", target.toString());

    assertEquals(0, example.status(), example.err());
    assertTrue(example.out().lines().anyMatch(line -> line.matches("rules\\s+\\d+")),
        example.out());
    assertTrue(Files.readString(target.resolve("report.html"))
        .contains("from the example inventory"));
  }

  @Test
  void threatModel_foreignFolder_isKept(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("notes.txt"), "not a report");

    CliRun failed = CliRun.of("threat-model", "--bundle", bundle.toString(),
        "--actors", "FIN7", "--out", folder.toString());

    assertEquals(1, failed.status());
    assertTrue(failed.err().contains("is not empty and contains no report.html"), failed.err());
    assertFalse(failed.err().contains("[1/"), failed.err());
    assertEquals(List.of(folder.resolve("notes.txt")), Files.list(folder).toList());
  }

  @Test
  void threatModel_earlierReport_isReplaced(@TempDir Path folder) throws Exception {
    Path target = Files.createDirectories(folder.resolve("out"));
    Files.writeString(target.resolve("report.html"), "earlier");
    Files.writeString(target.resolve("stale.txt"), "earlier");

    CliRun replaced = CliRun.of("threat-model", "--bundle", bundle.toString(),
        "--actors", "FIN7", "--out", target.toString());

    assertEquals(0, replaced.status(), replaced.err());
    assertFalse(Files.exists(target.resolve("stale.txt")));
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void threatModel_noData_usesCachedBundle(@TempDir Path folder) throws Exception {
    Path cache = Files.createDirectories(folder.resolve("cache"));
    Files.createSymbolicLink(cache.resolve("enterprise-attack-18.1.json.gz"), bundle);
    Files.writeString(cache.resolve("enterprise-attack-9.0.json"), "not read");
    Path target = folder.resolve("out");

    CliRun cached = CliRun.of("threat-model", "--cache", cache.toString(), "--offline",
        "--actors", "FIN7", "--out", target.toString());

    assertEquals(0, cached.status(), cached.err());
    assertTrue(cached.out().lines().anyMatch(line -> line.matches("ATT&CK\\s+18\\.1")),
        cached.out());
  }

  @Test
  void threatModel_noDataAnywhere_namesBundleOption(@TempDir Path folder) {
    Path target = folder.resolve("out");

    CliRun failed = CliRun.of("threat-model", "--cache", folder.resolve("cache").toString(),
        "--offline", "--out", target.toString());

    assertEquals(1, failed.status());
    assertTrue(failed.err().contains("attack: no ATT&CK data:"), failed.err());
    assertTrue(failed.err().contains("--bundle FILE"), failed.err());
    assertFalse(Files.exists(target));
  }

  @Test
  void threatModel_outIsFile_failsBeforeAnyStep(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("out.txt"), "not a folder");

    CliRun failed = CliRun.of("threat-model", "--bundle", bundle.toString(),
        "--actors", "FIN7", "--out", file.toString());

    assertEquals(1, failed.status());
    assertTrue(failed.err().startsWith("attack: output folder is a file: " + file), failed.err());
    assertFalse(failed.err().contains("[1/"), failed.err());
  }
}
