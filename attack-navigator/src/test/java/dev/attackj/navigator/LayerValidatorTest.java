package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Include;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.Problem.Severity;
import dev.attackj.core.Technique;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LayerValidatorTest {

  private static Layer layerOf(TechniqueEntry... entries) {
    return Layer.builder().name("test").domain("enterprise-attack")
        .versions(Versions.of(Optional.of("18"))).addTechniques(entries).build();
  }

  private static List<Problem> findings(LayerValidation validation, String objectId) {
    return validation.problems().stream()
        .filter(problem -> problem.objectId().equals(Optional.of(objectId)))
        .collect(Collectors.toList());
  }

  @Test
  void validate_unknownAndMalformedIds() {
    Layer layer = layerOf(TechniqueEntry.of("T9999"), TechniqueEntry.of("X1"));

    LayerValidation validation = LayerValidator.of(Enterprise.kb()).validate(layer);

    assertEquals(Severity.ERROR, findings(validation, "T9999").get(0).severity());
    assertEquals(Optional.of("/techniques/0/techniqueID"),
        findings(validation, "T9999").get(0).pointer());
    assertEquals(Severity.ERROR, findings(validation, "X1").get(0).severity());
    assertFalse(validation.isValid());
  }

  @Test
  void validate_revokedNamesReplacement() {
    Layer layer = layerOf(TechniqueEntry.builder().techniqueId("T1086").tactic("execution")
        .score(BigDecimal.ONE).build());

    LayerValidation validation = LayerValidator.of(Enterprise.kb()).validate(layer);

    Problem problem = findings(validation, "T1086").get(0);
    assertEquals(Severity.WARNING, problem.severity());
    assertTrue(problem.message().contains("T1059.001"), problem.message());
    assertEquals(layer, validation.layer());
  }

  @Test
  void validate_migratesRevoked() {
    Layer layer = layerOf(TechniqueEntry.builder().techniqueId("T1086").tactic("execution")
        .score(BigDecimal.ONE).build());

    LayerValidation validation = LayerValidator.of(Enterprise.kb()).withMigrateRevoked(true)
        .validate(layer);

    TechniqueEntry migrated = validation.layer().techniques().get(0);
    assertEquals("T1059.001", migrated.techniqueId());
    assertEquals(Optional.of("execution"), migrated.tactic());
    assertEquals(Optional.of(BigDecimal.ONE), migrated.score());
    assertEquals(Severity.INFO, findings(validation, "T1086").get(0).severity());
    assertTrue(validation.isValid());
  }

  @Test
  void validate_deprecated() {
    KnowledgeBase kb = Enterprise.kb();
    Technique deprecated = kb.techniques(Include.ALL).stream()
        .filter(t -> t.isDeprecated() && !t.isRevoked() && t.attackId().isPresent())
        .findFirst().orElseThrow();
    String id = deprecated.attackId().get();

    LayerValidation validation = LayerValidator.of(kb).validate(layerOf(TechniqueEntry.of(id)));

    assertTrue(findings(validation, id).get(0).message().contains("deprecated"));
  }

  @Test
  void validate_tacticTheTechniqueIsNotIn() {
    Layer layer = layerOf(TechniqueEntry.builder().techniqueId("T1059").tactic("impact").build());

    LayerValidation validation = LayerValidator.of(Enterprise.kb()).validate(layer);

    Problem problem = findings(validation, "T1059").get(0);
    assertEquals(Optional.of("/techniques/0/tactic"), problem.pointer());
    assertTrue(problem.message().contains("[execution]"), problem.message());
  }

  @Test
  void validate_colorsGradientAndScores() {
    Layer layer = Layer.builder().from(layerOf(
            TechniqueEntry.builder().techniqueId("T1059").color("bluish").build(),
            TechniqueEntry.builder().techniqueId("T1003").score(BigDecimal.valueOf(7)).build()))
        .gradient(Gradient.of(List.of("#ffffff"), 5, 5))
        .addLegendItem(LegendItem.of("x", "nope"))
        .build();

    LayerValidation validation = LayerValidator.of(Enterprise.kb()).validate(layer);

    List<String> pointers = validation.problems().stream()
        .map(problem -> problem.pointer().orElse("")).collect(Collectors.toList());
    assertTrue(pointers.contains("/gradient/colors"), pointers.toString());
    assertTrue(pointers.contains("/gradient"), pointers.toString());
    assertTrue(pointers.contains("/techniques/0/color"), pointers.toString());
    assertTrue(pointers.contains("/techniques/1/score"), pointers.toString());
    assertTrue(pointers.contains("/legendItems/0/color"), pointers.toString());
  }

  @Test
  void validate_domainAndVersion() {
    Layer layer = Layer.builder().name("m").domain("mobile-attack")
        .versions(Versions.of(Optional.of("15"))).build();

    LayerValidation validation = LayerValidator.of(Enterprise.kb()).withRelease("18.1")
        .validate(layer);

    List<String> pointers = validation.problems().stream()
        .map(problem -> problem.pointer().orElse("")).collect(Collectors.toList());
    assertEquals(List.of("/domain", "/versions/attack"), pointers);
  }

  @Test
  void validateFile_placesFindingsInTheFile() {
    String json = "[\n{\"name\": \"a\", \"domain\": \"enterprise-attack\"},\n"
        + "{\"name\": \"b\", \"domain\": \"enterprise-attack\",\n"
        + " \"techniques\": [\n  {\"score\": 1},\n  {\"techniqueID\": \"T9999\"}\n]}\n]";
    LayerFile file = LayerReader.lenient().read(json, "two.json");

    List<LayerValidation> validations = LayerValidator.of(Enterprise.kb()).validate(file);

    Problem problem = validations.get(1).problems().get(0);
    assertEquals("two.json", problem.file());
    assertEquals(Optional.of("/1/techniques/1/techniqueID"), problem.pointer());
    assertEquals(Optional.of(6), problem.line());
    assertEquals(Optional.of("T9999"), problem.objectId());
    assertEquals(List.of(), validations.get(0).problems());
  }

  @Test
  void validate_nonWebLinks() {
    Layer layer = layerOf(TechniqueEntry.builder().techniqueId("T1059")
        .addLink(Link.of("x", "javascript:alert(1)")).build());

    LayerValidation validation = LayerValidator.of(Enterprise.kb()).validate(layer);

    assertEquals(Optional.of("/techniques/0/links/0"),
        findings(validation, "T1059").get(0).pointer());
  }
}
