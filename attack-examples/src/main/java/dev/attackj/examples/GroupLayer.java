package dev.attackj.examples;

import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerGenerator;
import dev.attackj.navigator.LayerRenderer;
import dev.attackj.navigator.LayerWriter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the Navigator layer of one group and renders it as an SVG picture.
 *
 * <p>Run with a bundle, a group name and an output folder, such as
 * {@code enterprise-attack-18.1.json.gz FIN7 out}.
 */
public final class GroupLayer {

  private GroupLayer() {}

  public static void main(String[] args) throws Exception {
    run(Path.of(args[0]), args[1], Path.of(args[2]), System.out);
  }

  static void run(Path bundle, String groupName, Path folder, PrintStream out) throws Exception {
    KnowledgeBase kb = KnowledgeBase.load(bundle);
    Group group = kb.group(groupName).orElseThrow(
        () -> new IllegalArgumentException("group not found: " + groupName));

    Layer layer = LayerGenerator.of(kb).forActor(group);

    Files.createDirectories(folder);
    String name = LayerGenerator.fileName(group);
    Path json = folder.resolve(name);
    Path svg = folder.resolve(name.replaceFirst("\\.json$", "") + ".svg");
    LayerWriter.write(layer, json);
    LayerRenderer.of(kb).writeSvg(layer, svg);
    out.println(group + ": " + layer.techniques().size() + " techniques, written to " + json
        + " and " + svg);
  }
}
