package dev.attackj.examples.cli;

import dev.attackj.gap.strategy.Parameters;
import dev.attackj.gap.strategy.Strategies;
import dev.attackj.gap.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose a prioritization strategy and its parameters. */
final class StrategyOptions {

  @Option(names = "--strategy", paramLabel = "NAME", defaultValue = Strategies.DEFAULT,
      description = "The prioritization strategy (default: ${DEFAULT-VALUE}); "
          + "`attack strategies` lists them.")
  String strategy;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "A strategy parameter, such as process=low or data=Techniques.json; "
          + "repeat for several.")
  List<String> params = new ArrayList<>();

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * Returns the strategy named by --strategy, validating its scores.
   *
   * @throws ParameterException (a usage error) if no strategy has that name
   */
  Strategy strategy() {
    try {
      return Strategies.byName(strategy);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage(), e, null, strategy);
    }
  }

  /**
   * Returns the --param values, checked against the strategy's declared parameters.
   *
   * @throws ParameterException (a usage error) if a name is unknown or a value does not fit
   *     its type
   */
  Map<String, String> parameters(Strategy chosen) {
    try {
      Map<String, String> values = Parameters.parsePairs(params);
      Parameters.of(chosen.parameters(), values);
      return values;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage(), e, null,
          String.join(" ", params));
    }
  }
}
