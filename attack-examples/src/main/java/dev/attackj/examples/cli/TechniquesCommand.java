package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.AttackObject;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.core.TechniqueUse;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attack techniques --group}: the techniques a group uses, with how it uses them. */
@Command(name = "techniques",
    description = "List the techniques a group uses: directly, and optionally through its "
        + "software and the campaigns attributed to it.")
final class TechniquesCommand implements Callable<Integer> {

  @Option(names = "--group", required = true, paramLabel = "ID|NAME",
      description = "The group, by ATT&CK id, name or alias.")
  String group;

  @Option(names = "--via-software", description = "Add the techniques of the group's software.")
  boolean viaSoftware;

  @Option(names = "--via-campaigns",
      description = "Add the techniques of campaigns attributed to the group.")
  boolean viaCampaigns;

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = data.knowledgeBase();
    AttackObject actor = Lookups.group(kb, group, spec.commandLine().getErr());
    Map<Technique, List<TechniqueUse>> uses = new LinkedHashMap<>();
    for (TechniqueUse use : kb.techniqueUses(actor, Lookups.routes(viaSoftware, viaCampaigns))) {
      uses.computeIfAbsent(use.technique(), t -> new ArrayList<>()).add(use);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      uses.forEach((technique, list) -> {
        ObjectNode node = array.addObject();
        node.put("id", technique.label());
        node.put("name", technique.name());
        ArrayNode tactics = node.putArray("tactics");
        kb.tacticsOf(technique).forEach(t -> tactics.add(t.shortName()));
        ArrayNode via = node.putArray("via");
        list.forEach(use -> {
          ObjectNode route = via.addObject();
          route.put("route", use.via().name().toLowerCase(Locale.ROOT));
          use.through().ifPresent(t -> route.put("through", t.label()));
          route.put("procedure", use.procedure());
        });
      });
      Output.json(out, array);
      return 0;
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("id", "name", "tactics", "via"));
    uses.forEach((technique, list) -> rows.add(List.of(technique.label(), technique.name(),
        kb.tacticsOf(technique).stream().map(Tactic::shortName).collect(Collectors.joining(",")),
        list.stream().map(u -> u.through().map(AttackObject::label).orElse("direct"))
            .distinct().collect(Collectors.joining(",")))));
    out.println(actor + ": " + uses.size() + " techniques");
    Output.table(out, rows);
    return 0;
  }
}
