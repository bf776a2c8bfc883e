package dev.attackj.gap.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.attackj.core.Problem;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The report of an import: how many files were read in which format, the problems found in
 * them, and the technique IDs that normalisation found unknown, revoked or deprecated.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportReport.class)
@JsonPropertyOrder({"files", "formats", "unknown", "revoked", "deprecated", "problems"})
public abstract class ImportReport {

  /** The number of files read, recognised or not. */
  @JsonProperty("files")
  @Value.Default
  public int files() {
    return 0;
  }

  /** The number of files read per format name. */
  @JsonProperty("formats")
  public abstract Map<String, Integer> formats();

  @JsonProperty("unknown")
  @Value.Derived
  public List<TechniqueIdFinding> unknown() {
    return ofKind(TechniqueIdFinding.Kind.UNKNOWN);
  }

  @JsonProperty("revoked")
  @Value.Derived
  public List<TechniqueIdFinding> revoked() {
    return ofKind(TechniqueIdFinding.Kind.REVOKED);
  }

  @JsonProperty("deprecated")
  @Value.Derived
  public List<TechniqueIdFinding> deprecated() {
    return ofKind(TechniqueIdFinding.Kind.DEPRECATED);
  }

  /** Every finding of normalisation, in rule order. */
  public abstract List<TechniqueIdFinding> findings();

  /** Problems in the input, each with its file and, where known, its line or pointer. */
  @JsonProperty("problems")
  @JsonSerialize(contentUsing = ProblemSerializer.class)
  public abstract List<Problem> problems();

  public static ImmutableImportReport.Builder builder() {
    return ImmutableImportReport.builder();
  }

  private List<TechniqueIdFinding> ofKind(TechniqueIdFinding.Kind kind) {
    return findings().stream().filter(finding -> finding.kind() == kind).toList();
  }
}
