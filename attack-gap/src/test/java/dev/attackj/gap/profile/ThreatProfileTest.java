package dev.attackj.gap.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreatProfileTest {

  private static final ThreatProfile PROFILE = ImmutableThreatProfile.builder()
      .name("test")
      .release("18.1")
      .addTactics("execution")
      .addActors(Actor.builder().id("G1").name("One").kind(Actor.Kind.GROUP).weight(2).build(),
          Actor.builder().id("team").name("team").kind(Actor.Kind.CUSTOM).build())
      .putTechnique("T1059", TechniqueThreat.builder().techniqueId("T1059").name("Interpreter")
          .addTactic("execution")
          .addUse(ActorUse.builder().actor("G1").via(ActorUse.Via.DIRECT).weight(2).build())
          .addUse(ActorUse.builder().actor("G1").via(ActorUse.Via.SOFTWARE)
              .through("S0154 Cobalt Strike").weight(2).build())
          .addUse(ActorUse.builder().actor("team").via(ActorUse.Via.DIRECT).weight(0.5).build())
          .build())
      .build();

  @Test
  void weight_actorWithTwoRoutes_countsOnce() {
    TechniqueThreat threat = PROFILE.technique("t1059").orElseThrow();

    assertEquals(2.5, threat.weight());
    assertEquals(2, threat.actorCount());
    assertEquals(List.of("G1", "team"), threat.actorIds());
  }

  @Test
  void toJson_roundTrips() throws Exception {
    String json = Mappers.toJson(PROFILE);

    ThreatProfile read = Mappers.json().readValue(json, ThreatProfile.class);

    assertEquals(PROFILE, read);
    assertTrue(json.contains("\"through\" : \"S0154 Cobalt Strike\""), json);
  }

  @Test
  void toString_namesActorsAndTechniques() {
    assertEquals("Threat profile test: 2 actors, 1 technique", PROFILE.toString());
    assertEquals("G1 One", PROFILE.actors().get(0).toString());
    assertEquals("team", PROFILE.actors().get(1).toString());
  }

  @Test
  void actor_infiniteWeight_isRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Actor.builder().id("G1").name("One").kind(Actor.Kind.GROUP)
            .weight(Double.POSITIVE_INFINITY).build());

    assertEquals("weight of actor One must be a finite number of at least 0: Infinity",
        error.getMessage());
  }
}
