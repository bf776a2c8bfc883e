package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.AttackObject;
import dev.attackj.core.Include;
import dev.attackj.core.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attack stats}: the release, domain and number of objects of each STIX type. */
@Command(name = "stats",
    description = "Show the release, domain and number of active objects of each STIX type.")
final class StatsCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = data.knowledgeBase();
    Map<String, Integer> counts = new TreeMap<>();
    for (AttackObject object : kb.objects(AttackObject.class, Include.ACTIVE)) {
      counts.merge(object.stixType(), 1, Integer::sum);
    }
    String release = data.release(kb).orElse(null);
    String domain = String.join(",", kb.domains());
    if (json) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("release", release);
      node.put("domain", domain);
      ObjectNode countsNode = node.putObject("counts");
      counts.forEach(countsNode::put);
      Output.json(spec.commandLine().getOut(), node);
      return 0;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("type", "count"));
    counts.forEach((type, count) -> rows.add(List.of(type, Integer.toString(count))));
    spec.commandLine().getOut().println("release " + (release == null ? "unknown" : release)
        + ", domain " + domain);
    Output.table(spec.commandLine().getOut(), rows);
    return 0;
  }
}
