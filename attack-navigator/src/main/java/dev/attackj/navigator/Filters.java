package dev.attackj.navigator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** The filters of a layer: the platforms whose techniques are shown. */
@Value.Immutable
public abstract class Filters {

  /** The platforms shown, such as {@code Windows}; empty means every platform of the domain. */
  public abstract List<String> platforms();

  /** Properties of the filters object that format 4.5 does not define, kept as read. */
  public abstract Map<String, JsonNode> extraFields();

  /** Filters that show every platform. */
  public static Filters all() {
    return ImmutableFilters.builder().build();
  }

  /** Filters that show the given platforms. */
  public static Filters of(Iterable<String> platforms) {
    return ImmutableFilters.builder().platforms(platforms).build();
  }

  public static ImmutableFilters.Builder builder() {
    return ImmutableFilters.builder();
  }
}
