package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A link of a layer or technique: a label and a URL, or a divider that the Navigator shows as a
 * line between links.
 */
@Value.Immutable
public abstract class Link {

  @Value.Default
  public String label() {
    return "";
  }

  @Value.Default
  public String url() {
    return "";
  }

  /** Whether this entry is a divider, which has no label or URL. */
  @Value.Default
  public boolean isDivider() {
    return false;
  }

  /** Properties of the link that format 4.5 does not define, kept as read. */
  public abstract Map<String, JsonNode> extraFields();

  public static Link of(String label, String url) {
    return ImmutableLink.builder().label(label).url(url).build();
  }

  /** A divider between links. */
  public static Link divider() {
    return ImmutableLink.builder().divider(true).build();
  }

  @Override
  public String toString() {
    return isDivider() ? "---" : label() + " <" + url() + ">";
  }
}
