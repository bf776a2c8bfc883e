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

  /** The layers, in file order; one unless the file holds a list of layers. */
  public abstract List<Layer> layers();

  /** The upgrade notes and problems, in file order. */
  public abstract List<Problem> problems();

  /**
   * The only layer of the file.
   *
   * @throws IllegalStateException if the file holds no layer or more than one
   */
  public final Layer layer() {
    if (layers().size() != 1) {
      throw new IllegalStateException("layer file " + source() + " holds " + layers().size()
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
    return "LayerFile " + source() + ": " + layers().size() + " layers, " + problems().size()
        + " notes and problems";
  }
}
