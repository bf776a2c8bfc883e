package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.gap.strategy.Parameter;
import dev.attackj.gap.strategy.Strategies;
import dev.attackj.gap.strategy.Strategy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attack strategies}: the prioritization strategies with their parameters. */
@Command(name = "strategies", mixinStandardHelpOptions = true,
    description = "List the prioritization strategies, built-in and found on the class path, "
        + "with their parameters.")
final class StrategiesCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ArrayNode strategies = JsonNodeFactory.instance.arrayNode();
      for (Strategy strategy : Strategies.available()) {
        ObjectNode node = strategies.addObject()
            .put("name", strategy.name())
            .put("description", strategy.description());
        node.set("parameters", Output.JSON.valueToTree(strategy.parameters()));
      }
      Output.json(out, strategies);
      return 0;
    }
    for (Strategy strategy : Strategies.available()) {
      out.println(strategy.name() + ": " + strategy.description());
      for (Parameter parameter : strategy.parameters()) {
        out.println("  " + parameter + ": " + parameter.description());
      }
    }
    out.flush();
    return 0;
  }
}
