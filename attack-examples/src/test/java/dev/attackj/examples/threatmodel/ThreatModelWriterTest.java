package dev.attackj.examples.threatmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attackj.core.FileNames;
import dev.attackj.gap.profile.Actor;
import org.junit.jupiter.api.Test;

class ThreatModelWriterTest {

  private static Actor actor(String id, String name) {
    return Actor.builder().id(id).name(name).kind(Actor.Kind.GROUP).build();
  }

  @Test
  void fileName_hostileNames_stayPlain() {
    assertEquals("etc-x", ThreatModelWriter.fileName(actor("../../etc/x", "../../etc/x")));
    assertEquals("g1-script-alert-1-script",
        ThreatModelWriter.fileName(actor("G1", "<script>alert(1)</script>")));
    assertEquals("actor", ThreatModelWriter.fileName(actor("..", "..")));
  }

  @Test
  void fileName_reservedDeviceName_prefixed() {
    assertEquals("file_con", ThreatModelWriter.fileName(actor("CON", "CON")));
  }

  @Test
  void fileName_longName_capped() {
    String name = ThreatModelWriter.fileName(actor("G1", "x".repeat(10_000)));

    assertEquals(FileNames.MAX_LENGTH, name.length());
  }
}
