package dev.attackj.examples.threatmodel;

import dev.attackj.core.AtomicFiles;
import dev.attackj.core.FileNames;
import dev.attackj.gap.coverage.CoverageLayer;
import dev.attackj.gap.plan.PlanWriter;
import dev.attackj.gap.profile.Actor;
import dev.attackj.navigator.Layer;
import dev.attackj.navigator.LayerRenderer;
import dev.attackj.navigator.LayerWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The writer of a {@link ThreatModel} into a folder: Navigator layers under {@code layers/}, their
 * SVG pictures under {@code pictures/}, the plan as {@code plan.yaml}, {@code plan.json} and
 * {@code plan.md}, and {@code report.html}.
 *
 * <p>Everything is written to a new folder beside the output folder first and moved into place
 * at the end, so a failure leaves the output folder as it was. An existing output folder is
 * replaced as a whole, but only when it is empty or contains an earlier report, so that a mistyped
 * folder such as the working directory is never deleted.
 */
public final class ThreatModelWriter {

  /** The file of the layer of the profile's techniques, relative to the output folder. */
  public static final String PROFILE_LAYER = "layers/profile.json";
  /** The file of the layer of the profile's coverage. */
  public static final String COVERAGE_LAYER = "layers/coverage.json";
  /** The file of the layer of the planned and remaining gaps. */
  public static final String GAPS_LAYER = "layers/gaps.json";
  /** The file of the layer of every technique the inventory covers, in or out of the profile. */
  public static final String DETECTIONS_LAYER = "layers/detections.json";
  /** The HTML report. */
  public static final String REPORT = "report.html";

  private ThreatModelWriter() {}

  /**
   * Writes a threat model to a folder, replacing the folder if it exists.
   *
   * @return the files written, relative to the folder, in the order written
   * @throws IOException if a file cannot be written; the folder is then left as it was
   */
  public static List<String> write(ThreatModel model, Path folder) throws IOException {
    Path target = check(folder);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = AtomicFiles.createTemporaryDirectory(parent, "." + target.getFileName() + "-");
    try {
      List<String> written = writeFiles(model, staging);
      moveIntoPlace(staging, target);
      return written;
    } catch (IOException | RuntimeException e) {
      ThreatModelJob.deleteTree(staging);
      throw e;
    }
  }

  /**
   * Checks that {@link #write} may replace a folder, so that a mistake is reported before any
   * work: the folder must be new, empty or contain an earlier report.
   *
   * @return the folder as an absolute, normalised path
   * @throws IOException if the folder is a file or contains other files
   */
  public static Path check(Path folder) throws IOException {
    Path target = folder.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new IOException("output folder is a file: " + folder);
    }
    checkReplaceable(target);
    return target;
  }

  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.isDirectory(target) || Files.isRegularFile(target.resolve(REPORT))) {
      return;
    }
    try (Stream<Path> files = Files.list(target)) {
      if (files.findAny().isPresent()) {
        throw new IOException("output folder " + target + " is not empty and contains no "
            + REPORT + " of an earlier run; give an empty or new folder, which is replaced as a"
            + " whole");
      }
    }
  }

  private static List<String> writeFiles(ThreatModel model, Path folder) throws IOException {
    Map<String, Layer> layers = layers(model);
    LayerRenderer renderer = LayerRenderer.of(model.knowledgeBase());
    // Rendering takes most of the writing time and each layer renders on its own.
    List<String> svgs = layers.values().parallelStream().map(renderer::svg).toList();
    Map<String, String> pictures = new LinkedHashMap<>();
    List<String> written = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, Layer> layer : layers.entrySet()) {
      String name = layer.getKey();
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      LayerWriter.write(layer.getValue(), file);
      written.add(name);

      String picture = pictureOf(name);
      String svg = svgs.get(index++);
      Path svgFile = folder.resolve(picture);
      Files.createDirectories(svgFile.getParent());
      Files.writeString(svgFile, svg, StandardCharsets.UTF_8);
      written.add(picture);
      pictures.put(name, svg);
    }

    write(folder, "plan.yaml", PlanWriter.yaml(model.plan()), written);
    write(folder, "plan.json", PlanWriter.json(model.plan()), written);
    write(folder, "plan.md", PlanWriter.markdown(model.plan()), written);
    String html = HtmlReport.of(model, pictures.get(PROFILE_LAYER), pictures.get(COVERAGE_LAYER),
        pictures.get(GAPS_LAYER)).render();
    write(folder, REPORT, html, written);
    return written;
  }

  /** Returns the layers to write, by file name relative to the output folder. */
  static Map<String, Layer> layers(ThreatModel model) {
    Map<String, Layer> layers = new LinkedHashMap<>();
    layers.put(PROFILE_LAYER, PlanWriter.profileLayer(model.profile()));
    layers.put(COVERAGE_LAYER, PlanWriter.coverageLayer(model.analysis()));
    layers.put(GAPS_LAYER, PlanWriter.gapsLayer(model.plan()));
    String release = model.profile().release();
    layers.put(DETECTIONS_LAYER, CoverageLayer.of(model.coverage(), "Detections",
        "enterprise-attack", release.isEmpty() ? Optional.empty() : Optional.of(release),
        model.profile().platforms()));
    Set<String> taken = new HashSet<>();
    for (Actor actor : model.profile().actors()) {
      String name = FileNames.unique(fileName(actor) + ".json", ".json", taken);
      layers.put("layers/actors/" + name, PlanWriter.actorLayer(model.profile(), actor.id()));
    }
    return layers;
  }

  /** Returns the picture file of a layer file: {@code layers/x.json} becomes {@code pictures/x.svg}. */
  static String pictureOf(String layerFile) {
    return "pictures/" + layerFile.substring("layers/".length()).replaceFirst("\\.json$", ".svg");
  }

  /**
   * Returns a file name for an actor: its ID and name in lower case, such as {@code g0046-fin7},
   * at most {@value FileNames#MAX_LENGTH} characters and never a name Windows reserves for a
   * device. Actors whose names coincide get {@code -2}, {@code -3}, ... in {@link #layers}.
   */
  static String fileName(Actor actor) {
    String text = actor.id().equals(actor.name()) ? actor.name() : actor.id() + "-" + actor.name();
    String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return name.isEmpty() ? "actor" : FileNames.sanitize(name, "");
  }

  private static void write(Path folder, String name, String text, List<String> written)
      throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    written.add(name);
  }

  /**
   * Moves the staging folder to the target, first moving an existing target aside and deleting
   * it once the new folder is in place.
   */
  private static void moveIntoPlace(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = AtomicFiles.createTemporaryDirectory(target.getParent(),
          "." + target.getFileName() + "-old-");
      Files.delete(old);
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (old != null) {
      ThreatModelJob.deleteTree(old);
    }
  }
}
