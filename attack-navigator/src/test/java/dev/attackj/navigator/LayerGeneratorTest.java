package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.StixReader;
import dev.attackj.core.Technique;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerGeneratorTest {

  @Test
  void forActor_fin7HoldsItsDirectTechniques() {
    KnowledgeBase kb = Enterprise.kb();
    Group fin7 = kb.group("FIN7").orElseThrow();
    Set<String> direct = kb.techniquesUsedBy(fin7).stream()
        .map(technique -> technique.attackId().orElseThrow()).collect(Collectors.toSet());

    Layer layer = LayerGenerator.of(kb).withAttackVersion("18.1").forActor(fin7);

    Set<String> ids = layer.techniques().stream().map(TechniqueEntry::techniqueId)
        .collect(Collectors.toSet());
    assertEquals(67, layer.techniques().size());
    assertEquals(direct, ids);
    assertEquals("enterprise-attack", layer.domain());
    assertEquals(Optional.of("18"), layer.versions().attack());
    assertTrue(layer.techniques().stream()
        .allMatch(entry -> entry.score().equals(Optional.of(BigDecimal.ONE))));
    assertTrue(layer.techniques().stream().allMatch(entry -> !entry.comment().isEmpty()));
    assertTrue(layer.techniques().stream().noneMatch(entry ->
        entry.comment().contains("(Citation:")));
    assertTrue(layer.techniques().stream().allMatch(entry ->
        entry.links().get(0).url().startsWith("https://attack.mitre.org/techniques/")));
    assertEquals("https://attack.mitre.org/groups/G0046", layer.links().get(0).url());
  }

  @Test
  void forActor_layerValidatesCleanly() {
    KnowledgeBase kb = Enterprise.kb();
    Layer layer = LayerGenerator.of(kb).forActor(kb.group("G0046").orElseThrow());

    LayerValidation validation = LayerValidator.of(kb).validate(layer);

    assertEquals(List.of(), validation.problems());
  }

  @Test
  void forActor_rejectsTechnique() {
    KnowledgeBase kb = Enterprise.kb();
    Technique technique = kb.technique("T1059").orElseThrow();

    assertThrows(IllegalArgumentException.class,
        () -> LayerGenerator.of(kb).forActor(technique));
  }

  @Test
  void forActors_scoresCountActors() {
    KnowledgeBase kb = Enterprise.kb();
    Group apt28 = kb.group("APT28").orElseThrow();
    Group apt29 = kb.group("APT29").orElseThrow();
    Set<String> both = kb.techniquesUsedBy(apt28).stream()
        .filter(kb.techniquesUsedBy(apt29)::contains)
        .map(technique -> technique.attackId().orElseThrow()).collect(Collectors.toSet());

    Layer layer = LayerGenerator.of(kb).forActors("Bears", List.of(apt28, apt29));

    Set<String> scoredTwo = layer.techniques().stream()
        .filter(entry -> entry.score().equals(Optional.of(BigDecimal.valueOf(2))))
        .map(TechniqueEntry::techniqueId).collect(Collectors.toSet());
    assertFalse(both.isEmpty());
    assertEquals(both, scoredTwo);
    assertEquals(BigDecimal.valueOf(2), layer.gradient().maxValue());
  }

  @Test
  void overview_countsGroupsPerTechnique() {
    KnowledgeBase kb = Enterprise.kb();
    Technique powershell = kb.technique("T1059.001").orElseThrow();

    Layer layer = LayerGenerator.of(kb).overview(Overview.GROUPS, "enterprise-attack");

    BigDecimal expected = BigDecimal.valueOf(kb.groupsUsing(powershell).size());
    assertEquals(Optional.of(expected), layer.entriesOf("T1059.001").get(0).score());
    assertTrue(layer.techniques().stream()
        .allMatch(entry -> entry.score().orElseThrow().signum() > 0));
  }

  @Test
  void overview_everyKind() {
    KnowledgeBase kb = Enterprise.kb();

    for (Overview kind : Overview.values()) {
      Layer layer = LayerGenerator.of(kb).overview(kind, "enterprise-attack");

      assertFalse(layer.techniques().isEmpty(), kind.name());
    }
  }

  @Test
  void writeEach_oneFilePerGroup(@TempDir Path folder) throws IOException {
    KnowledgeBase kb = Enterprise.kb();

    List<Path> files = LayerGenerator.of(kb).writeEach(kb.groups(), folder);

    assertEquals(kb.groups().size(), files.size());
    assertEquals(172, files.size());
    assertTrue(files.contains(folder.resolve("G0046-FIN7.json")));
    Layer fin7 = LayerReader.strict().read(folder.resolve("G0046-FIN7.json")).layer();
    assertEquals(67, fin7.techniques().size());
  }

  @Test
  void forActor_keepsOnlyLayerDomain() {
    KnowledgeBase kb = SmallKnowledgeBase.withDomains();

    Layer layer = LayerGenerator.of(kb).forActor(kb.group("G9001").orElseThrow());

    assertEquals("enterprise-attack", layer.domain());
    assertEquals(List.of("T9001"), layer.techniques().stream()
        .map(TechniqueEntry::techniqueId).collect(Collectors.toList()));
    assertEquals(List.of(), LayerValidator.of(kb).validate(layer).problems());
  }

  @Test
  void forActor_knowledgeBaseWithoutDomains() {
    KnowledgeBase kb = SmallKnowledgeBase.withoutDomains();
    Group group = kb.group("G9001").orElseThrow();

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> LayerGenerator.of(kb).forActor(group));

    assertTrue(error.getMessage().startsWith("a layer of G9001 Example group needs a domain, "
        + "but the knowledge base contains none; the actor's domains are [enterprise-attack, "
        + "mobile-attack]"), error.getMessage());
  }

  @Test
  void writeEach_hostileNames_stayInFolder(@TempDir Path root) throws IOException {
    Path folder = root.resolve("layers");
    StringBuilder objects = new StringBuilder("{\"type\": \"x-mitre-tactic\", \"id\": "
        + "\"x-mitre-tactic--1\", \"name\": \"Execution\", \"x_mitre_shortname\": "
        + "\"execution\", \"x_mitre_domains\": [\"enterprise-attack\"]}");
    String[] names = {"../../etc/x", "/etc/passwd", "CON", "<script>", "Fin", "FIN", ".."};
    for (int i = 0; i < names.length; i++) {
      objects.append(",{\"type\": \"intrusion-set\", \"id\": \"intrusion-set--" + i
          + "\", \"name\": \"" + names[i] + "\"}");
    }
    byte[] bundle = ("{\"type\": \"bundle\", \"objects\": [" + objects + "]}")
        .getBytes(StandardCharsets.UTF_8);
    KnowledgeBase kb = KnowledgeBase.of(StixReader.lenient().read(bundle, "hostile.json"));

    List<Path> files = LayerGenerator.of(kb).writeEach(kb.groups(), folder);

    assertEquals(names.length, files.size());
    assertEquals(names.length, files.stream().distinct().count());
    try (Stream<Path> written = Files.list(folder)) {
      assertEquals(names.length, written.count());
    }
    for (Path file : files) {
      assertEquals(folder.toAbsolutePath(), file.getParent(), file.toString());
      assertFalse(file.getFileName().toString().startsWith("."), file.toString());
    }
    try (Stream<Path> all = Files.list(root)) {
      assertEquals(List.of(folder), all.collect(Collectors.toList()));
    }
  }
}
