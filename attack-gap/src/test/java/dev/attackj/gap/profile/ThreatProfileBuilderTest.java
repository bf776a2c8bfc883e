package dev.attackj.gap.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.InvalidInputException;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import dev.attackj.core.TestData;
import dev.attackj.gap.Enterprise;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreatProfileBuilderTest {

  @Test
  void actor_groupByName_addsGroupWithItsTechniques() {
    KnowledgeBase knowledgeBase = Enterprise.v18();

    ThreatProfile profile =
        ThreatProfile.builder(knowledgeBase).release("18.1").actor("FIN7").build();

    assertEquals(1, profile.actors().size());
    Actor actor = profile.actors().get(0);
    assertEquals("G0046", actor.id());
    assertEquals(Actor.Kind.GROUP, actor.kind());
    assertEquals("ATT&CK 18.1", actor.source());
    assertTrue(profile.techniques().size() > 50, profile.toString());
    assertEquals("18.1", profile.release());
    assertEquals("reconnaissance", profile.tactics().get(0));
  }

  @Test
  void actor_group_recordsRouteOfEachUse() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).actor("G0046").build();

    List<ActorUse> uses = profile.techniques().values().stream()
        .flatMap(threat -> threat.uses().stream())
        .toList();

    assertTrue(uses.stream().anyMatch(use -> use.via() == ActorUse.Via.DIRECT));
    assertTrue(uses.stream().anyMatch(use -> use.via() == ActorUse.Via.SOFTWARE
        && !use.through().isEmpty()));
    assertTrue(uses.stream().filter(use -> use.via() == ActorUse.Via.DIRECT)
        .allMatch(use -> use.through().isEmpty()));
  }

  @Test
  void actor_byAlias_findsGroup() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).actor("Cozy Bear").build();

    assertEquals("G0016", profile.actors().get(0).id());
  }

  @Test
  void actor_campaignAndSoftware_haveTheirKinds() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18())
        .actor("C0024")
        .actor("S0002")
        .build();

    assertEquals(Actor.Kind.CAMPAIGN, profile.actors().get(0).kind());
    assertEquals(Actor.Kind.SOFTWARE, profile.actors().get(1).kind());
  }

  @Test
  void actor_unknownName_suggestsClosestNames() {
    ThreatProfileBuilder builder = ThreatProfile.builder(Enterprise.v18()).release("18.1");

    UnknownActorException error =
        assertThrows(UnknownActorException.class, () -> builder.actor("FIN77"));

    assertEquals("FIN77", error.actor());
    assertTrue(error.suggestions().contains("FIN7"), error.suggestions().toString());
    assertTrue(error.getMessage().startsWith(
        "actor not found in ATT&CK 18.1: \"FIN77\""), error.getMessage());
    assertTrue(error.getMessage().contains("did you mean"), error.getMessage());
  }

  @Test
  void actor_addedTwice_isRejected() {
    ThreatProfileBuilder builder = ThreatProfile.builder(Enterprise.v18()).actor("FIN7");

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> builder.actor("G0046"));

    assertEquals("actor G0046 FIN7 is already in the profile", error.getMessage());
  }

  @Test
  void actor_weight_carriesIntoUses() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).actor("FIN7", 2.5).build();

    assertTrue(profile.techniques().values().stream()
        .allMatch(threat -> threat.weight() == 2.5));
  }

  @Test
  void actor_negativeWeight_isRejected() {
    ThreatProfileBuilder builder = ThreatProfile.builder(Enterprise.v18());

    assertThrows(IllegalArgumentException.class, () -> builder.actor("FIN7", -1));
  }

  @Test
  void build_twoGroups_countsActorsPerTechnique() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18())
        .actors(List.of("FIN7", "FIN8"))
        .build();

    TechniqueThreat shared = profile.techniques().values().stream()
        .filter(threat -> threat.actorCount() == 2)
        .findFirst()
        .orElseThrow();
    assertEquals(List.of("G0046", "G0061"), shared.actorIds());
    assertEquals(2.0, shared.weight());
    assertEquals("FIN7, FIN8", profile.name());
  }

  @Test
  void platforms_linux_keepsLinuxTechniquesOnly() {
    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18())
        .actor("Lazarus Group")
        .platforms(List.of("linux"))
        .build();

    assertFalse(profile.techniques().isEmpty());
    assertTrue(profile.techniques().values().stream()
        .allMatch(threat -> threat.platforms().contains("Linux")));
  }

  @Test
  void dettect_prevalenceFile_scalesWeightsToLargest() throws IOException {
    Path file = TestData.file("threat-intel/dettect/20210331-RedCanary.yaml");

    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).dettect(file).build();

    Actor actor = profile.actors().get(0);
    assertEquals("RedCanary - 2021 Threat Detection Report", actor.name());
    assertEquals(Actor.Kind.CUSTOM, actor.kind());
    assertEquals(1.0, profile.technique("T1059").orElseThrow().weight());
    assertEquals(2740.0 / 4798, profile.technique("T1053.005").orElseThrow().weight(), 1e-12);
  }

  @Test
  void dettect_groupFile_skipsDisabledAndAddsSoftware() throws IOException {
    Path file = TestData.file("threat-intel/dettect/groups.yaml");

    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).dettect(file).build();

    assertEquals(List.of("Red team / Scenario 1"),
        profile.actors().stream().map(Actor::name).toList());
    assertFalse(profile.technique("T1486").isPresent());
    assertTrue(profile.techniques().values().stream()
        .flatMap(threat -> threat.uses().stream())
        .anyMatch(use -> use.via() == ActorUse.Via.SOFTWARE
            && use.through().startsWith("S0002")));
  }

  @Test
  void dettect_platformAll_keepsEveryTechnique(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("groups.yaml"), """
        version: 1
        file_type: group-administration
        platform: all
        groups:
          - group_name: Cloud team
            technique_id: [T1078.004, T1059.001]
        """);

    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).dettect(file).build();

    assertEquals(2, profile.techniques().size());
  }

  @Test
  void dettect_windowsOnly_dropsCloudTechnique(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("groups.yaml"), """
        platform: [Windows]
        groups:
          - group_name: Windows team
            technique_id: [T1078.004, T1059.001]
        """);

    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).dettect(file).build();

    assertEquals(List.of("T1059.001"), List.copyOf(profile.techniques().keySet()));
  }

  @Test
  void dettect_withoutGroups_failsWithPointer(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("groups.yaml"), "version: 1\n");
    ThreatProfileBuilder builder = ThreatProfile.builder(Enterprise.v18());

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> builder.dettect(file));

    assertEquals("/groups", error.problem().pointer().orElse(""));
    assertEquals(file.toString(), error.problem().file());
  }

  @Test
  void dettect_malformedYaml_failsWithLine(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("groups.yaml"), "groups:\n  - [a\n");
    ThreatProfileBuilder builder = ThreatProfile.builder(Enterprise.v18());

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> builder.dettect(file));

    assertTrue(error.problem().line().isPresent(), error.getMessage());
  }

  @Test
  void csv_headerWeightsAndRevokedIds_areRead(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("red-team.csv"),
        "technique,weight\nT1059.001,4\n# a comment\nT1086,2\nT9999,1\nT1003.001,x\n");

    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).csv(file, 1).build();

    assertEquals("red-team", profile.actors().get(0).name());
    assertEquals(1.0, profile.technique("T1059.001").orElseThrow().weight());
    assertEquals(1.0 / 4, profile.technique("T1003.001").orElseThrow().weight());
    assertFalse(profile.technique("T1086").isPresent());
    assertTrue(profile.problems().stream().anyMatch(problem ->
        problem.severity() == Problem.Severity.INFO && problem.objectId().orElse("").equals("T1086")));
    assertTrue(profile.problems().stream().anyMatch(problem ->
        problem.severity() == Problem.Severity.WARNING
            && problem.objectId().orElse("").equals("T9999")));
    assertTrue(profile.problems().stream().anyMatch(problem ->
        problem.line().orElse(0) == 6 && problem.message().contains("\"x\"")));
  }

  @Test
  void limits_csvJustOverMaxDocumentBytes_failsWithRemedy(@TempDir Path folder)
      throws IOException {
    Path file = Files.writeString(folder.resolve("red-team.csv"), "technique\nT1059.001\n");
    long size = Files.size(file);
    ThreatProfileBuilder lowered = ThreatProfile.builder(Enterprise.v18())
        .limits(ReadLimits.builder().maxDocumentBytes(size - 1).build());
    ThreatProfileBuilder raised = ThreatProfile.builder(Enterprise.v18())
        .limits(ReadLimits.builder().maxDocumentBytes(size).build());

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> lowered.file(file));
    ThreatProfile profile = raised.file(file).build();

    assertTrue(error.getMessage().contains("maxDocumentBytes = " + (size - 1)
        + " allows; raise it with ReadLimits.builder().maxDocumentBytes(...) and "
        + "ThreatProfileBuilder.limits"), error.getMessage());
    assertTrue(profile.technique("T1059.001").isPresent(), profile::toString);
  }

  @Test
  void layer_enabledEntries_becomeOneActor(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("layer.json"), """
        {"name": "Incident 42", "domain": "enterprise-attack", "techniques": [
          {"techniqueID": "T1059", "score": 50},
          {"techniqueID": "T1047", "score": 100},
          {"techniqueID": "T1105", "enabled": false},
          {"score": 3}
        ]}""");

    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).file(file).build();

    assertEquals("Incident 42", profile.actors().get(0).name());
    assertEquals(0.5, profile.technique("T1059").orElseThrow().weight());
    assertEquals(1.0, profile.technique("T1047").orElseThrow().weight());
    assertFalse(profile.technique("T1105").isPresent());
    assertTrue(profile.problems().stream()
        .anyMatch(problem -> problem.pointer().orElse("").startsWith("/techniques/3")),
        profile.problems().toString());
  }

  @Test
  void file_sameNameTwice_getsNumberedIds(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("team.csv"), "T1059\n");

    ThreatProfile profile = ThreatProfile.builder(Enterprise.v18()).file(file).file(file).build();

    assertEquals(List.of("team", "team (2)"),
        profile.actors().stream().map(Actor::id).toList());
  }

  @Test
  void csv_invalidUtf8_failsAsInvalidInput(@TempDir Path folder) throws IOException {
    Path file = Files.write(folder.resolve("actors.csv"),
        new byte[] {'T', '1', '0', '5', '9', (byte) 0xC3, 0x28, '\n'});
    ThreatProfileBuilder builder = ThreatProfile.builder(Enterprise.v18());

    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> builder.csv(file, 1.0));

    assertTrue(error.getMessage().contains("not text in UTF-8"), error.getMessage());
  }
}
