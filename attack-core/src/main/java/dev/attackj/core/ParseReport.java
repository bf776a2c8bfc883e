package dev.attackj.core;

import java.util.List;
import org.immutables.value.Value;

/** The problems found while reading input, in the order they were found. */
@Value.Immutable
public abstract class ParseReport {

  public abstract List<Problem> problems();

  public static ParseReport of(Iterable<Problem> problems) {
    return ImmutableParseReport.builder().addAllProblems(problems).build();
  }

  public static ParseReport empty() {
    return of(List.of());
  }

  /** Whether any problem is an {@linkplain Problem.Severity#ERROR error}. */
  public final boolean hasErrors() {
    return problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  public final boolean isEmpty() {
    return problems().isEmpty();
  }

  /** This report followed by another's problems. */
  public final ParseReport plus(ParseReport other) {
    return ImmutableParseReport.builder().from(this).addAllProblems(other.problems()).build();
  }

  @Override
  public String toString() {
    return problems().size() + " problem(s)";
  }
}
