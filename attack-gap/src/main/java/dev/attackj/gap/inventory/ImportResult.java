package dev.attackj.gap.inventory;

import dev.attackj.core.Problem;
import java.util.List;
import org.immutables.value.Value;

/** The output of an importer for one source: the rules and the problems found on the way. */
@Value.Immutable
public abstract class ImportResult {

  public abstract List<DetectionRule> rules();

  public abstract List<Problem> problems();

  public static ImmutableImportResult.Builder builder() {
    return ImmutableImportResult.builder();
  }

  /** A result with no rules and one problem. */
  public static ImportResult of(Problem problem) {
    return builder().addProblem(problem).build();
  }

  public static ImportResult empty() {
    return builder().build();
  }
}
