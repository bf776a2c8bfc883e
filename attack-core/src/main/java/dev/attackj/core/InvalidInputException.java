package dev.attackj.core;

/**
 * Input that cannot be read: malformed JSON or YAML, a value of the wrong type, a missing
 * required property, or a limit exceeded. The {@linkplain #problem() problem} says where.
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public InvalidInputException(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public InvalidInputException(Problem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  /** What is wrong and where. */
  public Problem problem() {
    return problem;
  }
}
