package dev.attackj.navigator;

import dev.attackj.core.Problem;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of validating a layer against a knowledge base: the findings, each naming the
 * entry it concerns, and the layer, with revoked IDs migrated when that was asked for.
 */
@Value.Immutable
public abstract class LayerValidation {

  /** The layer as validated, or with revoked IDs replaced when migration was asked for. */
  public abstract Layer layer();

  public abstract List<Problem> problems();

  /** Whether no finding is an error. */
  public final boolean isValid() {
    return problems().stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  @Override
  public String toString() {
    return "LayerValidation of " + layer() + ": " + problems().size() + " findings";
  }
}
