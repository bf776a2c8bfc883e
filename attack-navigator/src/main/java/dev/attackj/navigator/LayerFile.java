package dev.attackj.navigator;

import dev.attackj.core.Problem;
import java.util.List;
import org.immutables.value.Value;

/**
 * The layers read from one file, upgraded to format 4.5, with a note for every change the
 * upgrade made ({@link Problem.Severity#INFO}) and every problem found.
 */
@Value.Immutable
public abstract class LayerFile {

  /** The file or other source the layers were read from. */
  public abstract String source();

  /** The layers, in file order; one unless the file contains a list of layers. */
  public abstract List<Layer> layers();

  /** The upgrade notes and problems, in file order. */
  public abstract List<Problem> problems();

  /** The parsed JSON, to place later findings by line and column. */
  @Value.Auxiliary
  abstract java.util.Optional<LocatedJson> json();

  /** The JSON Pointer of each layer in the file: empty for a file of one layer object. */
  @Value.Auxiliary
  abstract List<String> layerPointers();

  /** For each layer, the index in the file of each of its technique entries. */
  @Value.Auxiliary
  abstract List<List<Integer>> techniqueIndexes();

  /**
   * Returns the JSON Pointer in the file of a pointer into one of its layers, accounting for
   * technique entries the reader skipped.
   */
  final String pointerInFile(int layerIndex, String pointer) {
    String prefix = layerIndex < layerPointers().size() ? layerPointers().get(layerIndex) : "";
    java.util.regex.Matcher technique = java.util.regex.Pattern
        .compile("^/techniques/(\\d+)(.*)$").matcher(pointer);
    if (technique.matches() && layerIndex < techniqueIndexes().size()) {
      List<Integer> indexes = techniqueIndexes().get(layerIndex);
      int index = Integer.parseInt(technique.group(1));
      if (index < indexes.size()) {
        return prefix + "/techniques/" + indexes.get(index) + technique.group(2);
      }
    }
    return prefix + pointer;
  }

  /**
   * The only layer of the file.
   *
   * @throws IllegalStateException if the file contains no layer or more than one
   */
  public final Layer layer() {
    if (layers().size() != 1) {
      throw new IllegalStateException("layer file " + source() + " contains " + layers().size()
          + " layers, expected exactly one");
    }
    return layers().get(0);
  }

  /** Whether any problem is a warning or an error, rather than an upgrade note. */
  public final boolean hasProblems() {
    return problems().stream().anyMatch(problem -> problem.severity() != Problem.Severity.INFO);
  }

  @Override
  public String toString() {
    return "LayerFile " + source() + ": " + layers().size()
        + (layers().size() == 1 ? " layer, " : " layers, ") + problems().size()
        + " notes and problems";
  }
}
