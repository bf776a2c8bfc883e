package dev.attackj.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attackj.core.AttackJson;
import dev.attackj.core.AttackObject;
import dev.attackj.core.Campaign;
import dev.attackj.core.DetectionStrategy;
import dev.attackj.core.Group;
import dev.attackj.core.KnowledgeBase;
import dev.attackj.core.Mitigation;
import dev.attackj.core.Software;
import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.core.Via;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attack show}: one object with its relationships. */
@Command(name = "show",
    description = "Show one object, found by ATT&CK id, STIX id, name or alias, with its "
        + "relationships.")
final class ShowCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID|NAME", description = "An ATT&CK id, STIX id, name or alias.")
  String key;

  @Mixin
  DataOptions data;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = data.knowledgeBase();
    AttackObject object = Lookups.any(kb, key);
    Map<String, List<? extends AttackObject>> related = related(kb, object);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = AttackJson.toJson(object);
      ObjectNode relations = node.putObject("related");
      related.forEach((name, objects) -> relations.set(name, AttackJson.references(objects)));
      kb.replacementOf(object).ifPresent(r -> node.set("replacedBy", AttackJson.reference(r)));
      Output.json(out, node);
      return 0;
    }
    out.println(object + "  (" + object.stixType() + ", " + object.stixId() + ")");
    if (!object.isActive()) {
      out.println(object.isRevoked() ? "revoked" + kb.replacementOf(object)
          .map(r -> ", replaced by " + r).orElse("") : "deprecated");
    }
    object.url().ifPresent(out::println);
    if (!object.aliases().isEmpty()) {
      out.println("aliases: " + String.join(", ", object.aliases()));
    }
    if (!object.platforms().isEmpty()) {
      out.println("platforms: " + String.join(", ", object.platforms()));
    }
    out.println();
    out.println(object.description());
    related.forEach((name, objects) -> {
      if (!objects.isEmpty()) {
        out.println();
        out.println(name + " (" + objects.size() + "):");
        objects.forEach(o -> out.println("  " + o));
      }
    });
    out.flush();
    return 0;
  }

  /** The objects related to an object, by the name of the relation. */
  static Map<String, List<? extends AttackObject>> related(KnowledgeBase kb, AttackObject object) {
    Map<String, List<? extends AttackObject>> related = new LinkedHashMap<>();
    if (object instanceof Technique t) {
      related.put("tactics", kb.tacticsOf(t));
      kb.parentOf(t).ifPresent(p -> related.put("parent", List.of(p)));
      related.put("subTechniques", kb.subTechniquesOf(t));
      related.put("groups", kb.groupsUsing(t));
      related.put("software", kb.softwareUsing(t));
      related.put("campaigns", kb.campaignsUsing(t));
      related.put("mitigations", kb.mitigationsOf(t));
      related.put("detectionStrategies", kb.detectionStrategiesOf(t));
      related.put("dataComponents", kb.dataComponentsDetecting(t));
      related.put("assets", kb.assetsTargetedBy(t));
    } else if (object instanceof Group g) {
      related.put("techniques", kb.techniquesUsedBy(g));
      related.put("techniquesWithCampaigns", kb.techniquesUsedBy(g, Via.CAMPAIGN));
      related.put("software", kb.softwareUsedBy(g));
      related.put("campaigns", kb.campaignsAttributedTo(g));
    } else if (object instanceof Software s) {
      related.put("techniques", kb.techniquesUsedBy(s));
      related.put("groups", kb.groupsUsingSoftware(s));
      related.put("campaigns", kb.campaignsUsingSoftware(s));
    } else if (object instanceof Campaign c) {
      related.put("techniques", kb.techniquesUsedBy(c));
      related.put("software", kb.softwareUsedBy(c));
      related.put("groups", kb.groupsOf(c));
    } else if (object instanceof Mitigation m) {
      related.put("techniques", kb.techniquesMitigatedBy(m));
    } else if (object instanceof Tactic t) {
      related.put("techniques", kb.techniquesOf(t));
    } else if (object instanceof DetectionStrategy d) {
      related.put("techniques", kb.techniquesDetectedBy(d));
      related.put("analytics", kb.analyticsOf(d));
    }
    return related;
  }
}
