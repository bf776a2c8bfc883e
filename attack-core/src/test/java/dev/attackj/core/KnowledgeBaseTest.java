package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact answers on the Enterprise 18.1 bundle, revoked and deprecated objects excluded. */
class KnowledgeBaseTest {

  private static KnowledgeBase kb;

  @BeforeAll
  static void load() throws Exception {
    kb = KnowledgeBase.load(TestData.enterprise("18.1"));
  }

  private static long count(List<?> objects) {
    return objects.size();
  }

  @Test
  void techniques_countsParentsAndSubTechniques() {
    long subTechniques = kb.techniques().stream().filter(Technique::isSubTechnique).count();

    assertEquals(216, kb.techniques().size() - subTechniques);
    assertEquals(475, subTechniques);
  }

  @Test
  void tactics_inMatrixOrder() {
    List<String> shortNames = kb.tactics().stream().map(Tactic::shortName).toList();

    assertEquals(List.of("reconnaissance", "resource-development", "initial-access", "execution",
        "persistence", "privilege-escalation", "defense-evasion", "credential-access", "discovery",
        "lateral-movement", "collection", "command-and-control", "exfiltration", "impact"),
        shortNames);
  }

  @Test
  void listings_countEachKind() {
    assertEquals(172, count(kb.groups()));
    assertEquals(693, kb.objects(ObjectType.MALWARE, Include.ACTIVE).size());
    assertEquals(91, kb.objects(ObjectType.TOOL, Include.ACTIVE).size());
    assertEquals(52, count(kb.campaigns()));
    assertEquals(44, count(kb.mitigations()));
    assertEquals(106, count(kb.dataComponents()));
    assertEquals(691, count(kb.detectionStrategies()));
    assertEquals(1739, count(kb.analytics()));
  }

  @Test
  void techniquesUsedBy_apt29() {
    Group apt29 = kb.group("G0016").orElseThrow();

    List<Technique> direct = kb.techniquesUsedBy(apt29);
    List<Technique> withCampaigns = kb.techniquesUsedBy(apt29, Via.CAMPAIGN);

    assertEquals(66, direct.size());
    assertEquals(49, direct.stream().filter(Technique::isSubTechnique).count());
    assertEquals(119, withCampaigns.size());
    assertEquals(49, kb.softwareUsedBy(apt29).size());
  }

  @Test
  void techniquesUsedBy_fin7() {
    assertEquals(67, kb.techniquesUsedBy(kb.group("FIN7").orElseThrow()).size());
  }

  @Test
  void groupsUsing_powerShell() {
    Technique powerShell = kb.technique("T1059.001").orElseThrow();

    assertEquals(83, kb.groupsUsing(powerShell).size());
    assertEquals(84, kb.groupsUsing(powerShell, Via.CAMPAIGN).size());
  }

  @Test
  void subTechniquesOf_commandAndCredentialDumping() {
    Technique credentialDumping = kb.technique("T1003").orElseThrow();

    assertEquals(13, kb.subTechniquesOf(kb.technique("T1059").orElseThrow()).size());
    assertEquals(List.of("T1003.001", "T1003.002", "T1003.003", "T1003.004", "T1003.005",
        "T1003.006", "T1003.007", "T1003.008"),
        kb.subTechniquesOf(credentialDumping).stream().map(AttackObject::label).toList());
    assertEquals("T1003", kb.parentOf(kb.technique("T1003.001").orElseThrow())
        .orElseThrow().label());
  }

  @Test
  void tacticsOf_validAccountsInFourTactics() {
    assertEquals(4, kb.tacticsOf(kb.technique("T1078").orElseThrow()).size());
  }

  @Test
  void resolve_followsRevokedByChain() {
    assertEquals("T1059.001", kb.resolve("T1086").orElseThrow().label());
    assertTrue(kb.technique("T1086").orElseThrow().isRevoked());
  }

  @Test
  void find_byNameAndAliasInAnyCase() {
    assertEquals("G0016", kb.find("cozy bear").orElseThrow().label());
    assertEquals("T1059.001", kb.technique("powershell").orElseThrow().label());
    assertEquals("TA0002", kb.tactic("execution").orElseThrow().label());
  }

  @Test
  void toString_printsIdAndName() {
    assertEquals("T1059.001 PowerShell", kb.technique("T1059.001").orElseThrow().toString());
  }

  @Test
  void detectionStrategiesOf_haveAnalytics() {
    Technique powerShell = kb.technique("T1059.001").orElseThrow();

    List<DetectionStrategy> strategies = kb.detectionStrategiesOf(powerShell);

    assertFalse(strategies.isEmpty());
    assertFalse(kb.analyticsOf(strategies.get(0)).isEmpty());
    assertFalse(kb.dataComponentsDetecting(powerShell).isEmpty());
  }

  @Test
  void techniquesDetectedBy_dataComponentThroughAnalytics() {
    Technique powerShell = kb.technique("T1059.001").orElseThrow();
    DataComponent processCreation = kb.dataComponent("Process Creation").orElseThrow();

    List<Technique> detected = kb.techniquesDetectedBy(processCreation);

    assertTrue(kb.dataComponentsDetecting(powerShell).contains(processCreation));
    assertTrue(detected.contains(powerShell));
    assertTrue(detected.size() > 100, () -> detected.size() + " techniques");
  }

  @Test
  void suggestNames_closeToATypo() {
    List<String> suggestions = kb.suggestNames("Lazarus", Group.class);

    assertTrue(suggestions.contains("Lazarus Group"), suggestions::toString);
  }

  @Test
  void report_realBundleHasNoErrors() {
    assertFalse(kb.report().hasErrors(), () -> kb.report().problems().stream()
        .limit(5).map(Problem::toString).collect(Collectors.joining("\n")));
  }
}
