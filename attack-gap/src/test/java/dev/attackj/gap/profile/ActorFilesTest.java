package dev.attackj.gap.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.ReadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorFilesTest {

  private static final String CSV = "technique,weight\nT1059,2\nT1003,1\n";

  private static final String LAYER = "{\"name\": \"Red team\", \"versions\": {\"layer\": \"4.5\"},"
      + " \"domain\": \"enterprise-attack\", \"techniques\": [{\"techniqueID\": \"T1059\"}]}";

  @Test
  void readCsv_fileJustOverMaxDocumentBytes_failsWithRemedy(@TempDir Path folder)
      throws IOException {
    Path file = Files.writeString(folder.resolve("red-team.csv"), CSV);
    long size = Files.size(file);
    ReadLimits lowered = ReadLimits.builder().maxDocumentBytes(size - 1).build();

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ActorFiles.readCsv(file, lowered, new ArrayList<>()));

    String message = error.problem().message();
    assertTrue(message.contains("more than maxDocumentBytes = " + (size - 1)), message);
    assertTrue(message.endsWith("raise it with ReadLimits.builder().maxDocumentBytes(...) and "
        + "ThreatProfileBuilder.limits"), message);
  }

  @Test
  void readCsv_raisedMaxDocumentBytes_readsTheFile(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("red-team.csv"), CSV);
    ReadLimits raised = ReadLimits.builder().maxDocumentBytes(Files.size(file)).build();
    List<Problem> problems = new ArrayList<>();

    CustomActor actor = ActorFiles.readCsv(file, raised, problems);

    assertEquals(2, actor.techniques().size(), actor::toString);
    assertEquals(List.of(), problems);
  }

  @Test
  void readLayer_justOverMaxObjects_failsWithRemedy(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("layer.json"), LAYER);
    ReadLimits lowered = ReadLimits.builder().maxObjects(3).build();

    InvalidInputException error = assertThrows(InvalidInputException.class,
        () -> ActorFiles.readLayer(file, lowered, new ArrayList<>()));

    String message = error.problem().message();
    assertTrue(message.endsWith("raise it with ReadLimits.builder().maxObjects(...) and "
        + "ThreatProfileBuilder.limits"), message);
  }

  @Test
  void readLayer_raisedMaxObjects_readsTheLayer(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("layer.json"), LAYER);
    ReadLimits raised = ReadLimits.builder().maxObjects(100).build();

    CustomActor actor = ActorFiles.readLayer(file, raised, new ArrayList<>());

    assertEquals("Red team", actor.name());
  }
}
