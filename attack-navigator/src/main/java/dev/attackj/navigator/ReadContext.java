package dev.attackj.navigator;

import dev.attackj.core.ImmutableProblem;
import dev.attackj.core.InvalidInputException;
import dev.attackj.core.Problem;
import dev.attackj.core.Problem.Severity;
import java.util.ArrayList;
import java.util.List;

/** The problems and notes of one read, each placed by JSON Pointer, line and column. */
final class ReadContext {

  private final String source;
  private final LocatedJson json;
  private final boolean strict;
  private final List<Problem> problems = new ArrayList<>();

  ReadContext(String source, LocatedJson json, boolean strict) {
    this.source = source;
    this.json = json;
    this.strict = strict;
  }

  /** Notes a change the upgrade made. */
  void note(String pointer, String objectId, String message) {
    add(pointer, objectId, message, Severity.INFO);
  }

  /** Reports a value that was ignored or replaced by its default. */
  void warn(String pointer, String objectId, String message) {
    add(pointer, objectId, message, Severity.WARNING);
  }

  /**
   * Reports a part of the layer that was skipped.
   *
   * @throws InvalidInputException in strict mode
   */
  void error(String pointer, String objectId, String message) {
    add(pointer, objectId, message, Severity.ERROR);
  }

  List<Problem> problems() {
    return problems;
  }

  private void add(String pointer, String objectId, String message, Severity severity) {
    ImmutableProblem.Builder problem = Problem.builder().file(source).message(message)
        .severity(severity);
    if (!pointer.isEmpty()) {
      problem.pointer(pointer);
    }
    if (objectId != null) {
      problem.objectId(objectId);
    }
    json.location(pointer).ifPresent(place -> problem.line(place[0]).column(place[1]));
    Problem built = problem.build();
    if (strict && severity == Severity.ERROR) {
      throw new InvalidInputException(built);
    }
    problems.add(built);
  }
}
