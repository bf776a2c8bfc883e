package dev.attackj.core.diff;

import java.util.List;
import org.immutables.value.Value;

/**
 * The relationships of one technique with objects of one kind that a newer release adds and
 * removes, such as the groups newly known to use it.
 */
@Value.Immutable
public abstract class RelationshipChange {

  /** The technique, as the newer release names it. */
  public abstract ObjectRef technique();

  public abstract RelatedKind relatedKind();

  /** The related objects of the newer release that the older one did not relate. */
  public abstract List<ObjectRef> added();

  /** The related objects of the older release that the newer one no longer relates. */
  public abstract List<ObjectRef> removed();

  public static ImmutableRelationshipChange.Builder builder() {
    return ImmutableRelationshipChange.builder();
  }

  @Override
  public String toString() {
    return technique().label() + " " + relatedKind().title() + " +" + added().size() + " -"
        + removed().size();
  }
}
