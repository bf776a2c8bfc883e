package dev.attackj.navigator;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The versions object of a layer: the ATT&CK release, the Navigator and the layer format. */
@Value.Immutable
public abstract class Versions {

  /** The layer format version that {@link LayerWriter} emits. */
  public static final String LAYER_FORMAT = "4.5";

  /** The Navigator version written when a layer names none or one older than 4.9.0. */
  public static final String NAVIGATOR = "5.2.0";

  /** The ATT&CK release of the layer, such as {@code 18}; absent means the current release. */
  public abstract Optional<String> attack();

  /** The Navigator version; defaults to {@value #NAVIGATOR}. */
  @Value.Default
  public String navigator() {
    return NAVIGATOR;
  }

  /** The layer format version; defaults to {@value #LAYER_FORMAT}. */
  @Value.Default
  public String layer() {
    return LAYER_FORMAT;
  }

  /** Properties of the versions object that format 4.5 does not define, kept as read. */
  public abstract Map<String, com.fasterxml.jackson.databind.JsonNode> extraFields();

  /** Versions of a layer for an ATT&CK release, or for the current release when empty. */
  public static Versions of(Optional<String> attack) {
    return ImmutableVersions.builder().attack(attack).build();
  }

  public static ImmutableVersions.Builder builder() {
    return ImmutableVersions.builder();
  }
}
