package dev.attackj.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.immutables.value.Value;

/** A marking definition: the copyright or terms statement that objects refer to. */
@Value.Immutable
public abstract class MarkingDefinition extends AttackObject {

  /** The kind of marking, such as {@code statement} or {@code tlp}. */
  public abstract Optional<String> definitionType();

  /** The definition as read, such as {@code {"statement": "Copyright ..."}}. */
  public abstract Optional<JsonNode> definition();

  @Override
  public ObjectType objectType() {
    return ObjectType.MARKING_DEFINITION;
  }

  public static ImmutableMarkingDefinition.Builder builder() {
    return ImmutableMarkingDefinition.builder();
  }
}
