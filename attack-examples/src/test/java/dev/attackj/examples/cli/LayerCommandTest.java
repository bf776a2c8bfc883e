package dev.attackj.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.TestData;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LayerCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = AttackCli.commandLine();
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  private static String bundle() {
    return TestData.enterprise("18.1").toString();
  }

  @Test
  void group_writesLayer(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("fin7.json");

    int status = run("layer", "group", "FIN7", "--bundle", bundle(), "-o", file.toString());

    Layer layer = LayerReader.strict().read(file).layer();
    assertEquals(0, status, err.toString());
    assertEquals(67, layer.techniques().size());
    assertEquals("18", layer.versions().attack().orElseThrow());
  }

  @Test
  void upgradeThenValidate_reportsRevokedIds(@TempDir Path folder) throws Exception {
    Path sample = TestData.file("navigator/ATTACKcon 2018/Black_Pins.json");
    Path upgraded = folder.resolve("black.json");
    Path migrated = folder.resolve("migrated.json");

    int upgrade = run("layer", "upgrade", sample.toString(), "-o", upgraded.toString());
    int validate = run("layer", "validate", upgraded.toString(), "--bundle", bundle(),
        "--migrate", "-o", migrated.toString(), "--json");

    assertEquals(0, upgrade, err.toString());
    assertEquals(0, validate, err.toString());
    assertTrue(err.toString().contains("renamed domain"), err.toString());
    assertTrue(out.toString().contains("\"valid\" : true"), out.toString());
    assertTrue(out.toString().contains("replaced revoked technique T1086"), out.toString());
    Layer layer = LayerReader.strict().read(migrated).layer();
    assertTrue(layer.entriesOf("T1086").isEmpty());
    assertEquals(1, layer.entriesOf("T1059.001").size());
  }

  @Test
  void validate_exitsWithOneOnErrors(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, "{\"name\": \"bad\", \"domain\": \"enterprise-attack\","
        + " \"techniques\": [{\"techniqueID\": \"T9999\"}]}");

    int status = run("layer", "validate", file.toString(), "--bundle", bundle());

    assertEquals(1, status);
    assertTrue(out.toString().contains("T9999"), out.toString());
  }

  @Test
  void validate_migrateWithoutOutputIsUsageError(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("layer.json");
    Files.writeString(file, "{\"name\": \"l\", \"domain\": \"enterprise-attack\","
        + " \"techniques\": [{\"techniqueID\": \"T1086\"}]}");

    int status = run("layer", "validate", file.toString(), "--migrate", "--bundle", bundle());

    assertEquals(2, status);
    assertTrue(err.toString().contains("--migrate needs -o FILE"), err.toString());
  }

  @Test
  void combine_withoutData(@TempDir Path folder) throws Exception {
    Path a = folder.resolve("a.json");
    Path b = folder.resolve("b.json");
    Files.writeString(a, "{\"name\": \"a\", \"domain\": \"enterprise-attack\","
        + " \"techniques\": [{\"techniqueID\": \"T1059\", \"score\": 2}]}");
    Files.writeString(b, "{\"name\": \"b\", \"domain\": \"enterprise-attack\","
        + " \"techniques\": [{\"techniqueID\": \"T1059\", \"score\": 3}]}");

    int status = run("layer", "combine", "--expr", "max(a,b)", "a=" + a, "b=" + b);

    Layer layer = LayerReader.strict().read(out.toString(), "out").layer();
    assertEquals(0, status, err.toString());
    assertEquals("3", layer.techniques().get(0).score().orElseThrow().toPlainString());
  }

  @Test
  void batchSvgAndPng(@TempDir Path folder) throws Exception {
    Path layers = folder.resolve("layers");

    int batch = run("layer", "batch", "--type", "campaigns", "-o", layers.toString(),
        "--bundle", bundle());
    Path first;
    try (Stream<Path> files = Files.list(layers)) {
      first = files.sorted().findFirst().orElseThrow();
    }
    int svg = run("layer", "svg", first.toString(), "--bundle", bundle(),
        "-o", folder.resolve("c.svg").toString());
    int png = run("layer", "png", first.toString(), "--bundle", bundle(),
        "-o", folder.resolve("c.png").toString(), "--scale", "1");

    assertEquals(0, batch, err.toString());
    assertEquals(0, svg, err.toString());
    assertEquals(0, png, err.toString());
    assertTrue(Files.readString(folder.resolve("c.svg")).startsWith("<?xml"));
    assertTrue(Files.size(folder.resolve("c.png")) > 1000);
  }

  @Test
  void overview_rejectsUnknownKind() {
    int status = run("layer", "overview", "--by", "colors", "--bundle", bundle());

    assertEquals(2, status);
    assertTrue(err.toString().contains("--by must be"), err.toString());
  }
}
