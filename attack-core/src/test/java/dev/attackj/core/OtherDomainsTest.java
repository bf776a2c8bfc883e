package dev.attackj.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact answers on Enterprise 15.1, ICS 18.1 (STIX 2.1) and Mobile 18.1. */
class OtherDomainsTest {

  @Test
  void enterprise15_hasDataSourcesAndComponentDetections() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(TestData.enterprise("15.1"));

    long subTechniques = kb.techniques().stream().filter(Technique::isSubTechnique).count();
    long detects = kb.relationships().stream()
        .filter(r -> r.relationshipType().equals("detects"))
        .filter(r -> kb.byStixId(r.sourceRef()).orElseThrow() instanceof DataComponent)
        .count();

    assertEquals(202, kb.techniques().size() - subTechniques);
    assertEquals(435, subTechniques);
    assertEquals(37, kb.dataSources().size());
    assertEquals(1987, detects);
    assertTrue(kb.detectionStrategies().isEmpty());
  }

  @Test
  void enterprise15_dataComponentsDetectingATechnique() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(TestData.enterprise("15.1"));
    Technique powerShell = kb.technique("T1059.001").orElseThrow();

    List<DataComponent> components = kb.dataComponentsDetecting(powerShell);
    DataComponent commandExecution = components.stream()
        .filter(c -> c.name().equals("Command Execution")).findFirst().orElseThrow();

    assertEquals("Command", kb.dataSourceOf(commandExecution).orElseThrow().name());
  }

  @Test
  void ics_stix21HasAssetsAndRelease() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(TestData.file("attack/ics-attack-18.1.stix21.json.gz"));
    Technique first = kb.techniques().get(0);

    assertEquals(83, kb.techniques().size());
    assertEquals(18, kb.assets().size());
    assertEquals(12, kb.tactics().size());
    assertEquals("18.1", kb.release().orElseThrow());
    assertTrue(kb.techniques().stream().anyMatch(t -> !kb.assetsTargetedBy(t).isEmpty()));
    assertTrue(first.common().specVersion().isPresent());
  }

  @Test
  void mobile_countsAndDeprecatedMatrix() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(TestData.file("attack/mobile-attack-18.1.json.gz"));
    long subTechniques = kb.techniques().stream().filter(Technique::isSubTechnique).count();

    assertEquals(77, kb.techniques().size() - subTechniques);
    assertEquals(47, subTechniques);
    assertEquals(12, kb.tactics().size());
    assertEquals(2, kb.matrices(Include.ALL).size());
    assertEquals(1, kb.matrices().size());
  }

  @Test
  void severalDomains_keepTacticsApart() throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(TestData.enterprise("18.1"),
        TestData.file("attack/mobile-attack-18.1.json.gz"));
    Technique enterprise = kb.technique("T1059.001").orElseThrow();

    assertEquals(26, kb.tactics().size());
    assertEquals(List.of("enterprise-attack"), kb.tacticsOf(enterprise).get(0).domains());
    assertTrue(kb.domains().contains("mobile-attack"));
  }
}
