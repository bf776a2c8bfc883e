package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A metadata entry of a layer or technique: a name and a value, or a divider that the Navigator
 * shows as a line between entries.
 */
@Value.Immutable
public abstract class Metadata {

  @Value.Default
  public String name() {
    return "";
  }

  @Value.Default
  public String value() {
    return "";
  }

  /** Whether this entry is a divider, which has no name or value. */
  @Value.Default
  public boolean isDivider() {
    return false;
  }

  /** Properties of the metadata entry that format 4.5 does not define, kept as read. */
  public abstract Map<String, JsonNode> extraFields();

  public static Metadata of(String name, String value) {
    return ImmutableMetadata.builder().name(name).value(value).build();
  }

  /** A divider between metadata entries. */
  public static Metadata divider() {
    return ImmutableMetadata.builder().divider(true).build();
  }

  @Override
  public String toString() {
    return isDivider() ? "---" : name() + ": " + value();
  }
}
