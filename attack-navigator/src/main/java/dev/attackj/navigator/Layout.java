package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.immutables.value.Value;

/** The layout options of a layer: matrix layout, labels, aggregate scores, sub-techniques. */
@Value.Immutable
public abstract class Layout {

  /** The matrix layout; defaults to {@link MatrixLayout#SIDE}. */
  @Value.Default
  public MatrixLayout layout() {
    return MatrixLayout.SIDE;
  }

  /** The aggregate function; defaults to {@link AggregateFunction#AVERAGE}. */
  @Value.Default
  public AggregateFunction aggregateFunction() {
    return AggregateFunction.AVERAGE;
  }

  /** Whether cells show ATT&CK IDs; defaults to false. */
  @Value.Default
  public boolean showId() {
    return false;
  }

  /** Whether cells show names; defaults to true. */
  @Value.Default
  public boolean showName() {
    return true;
  }

  /** Whether parents show the aggregate score of their sub-techniques; defaults to false. */
  @Value.Default
  public boolean showAggregateScores() {
    return false;
  }

  /** Whether unscored entries count towards an average; defaults to false. */
  @Value.Default
  public boolean countUnscored() {
    return false;
  }

  /** Which sub-techniques are shown expanded; defaults to {@link SubtechniqueExpansion#NONE}. */
  @Value.Default
  public SubtechniqueExpansion expandedSubtechniques() {
    return SubtechniqueExpansion.NONE;
  }

  /** Properties of the layout object that format 4.5 does not define, kept as read. */
  public abstract Map<String, JsonNode> extraFields();

  /** The layout with every default. */
  public static Layout defaults() {
    return ImmutableLayout.builder().build();
  }

  public static ImmutableLayout.Builder builder() {
    return ImmutableLayout.builder();
  }
}
