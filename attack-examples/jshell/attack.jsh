// The attack library in jshell. Start it from the repository's root after
// `./mvnw -B -q package -Pquick`:
//   jshell --class-path attack-examples/target/attack.jar \
//       -R-Dattack.bundle=../shared/data/attack/enterprise-attack-18.1.json.gz \
//       attack-examples/jshell/attack.jsh
// It loads the bundle named by -R-Dattack.bundle=FILE, else by the ATTACK_BUNDLE environment
// variable, into kb and defines one-line helpers:
//   technique("T1059.001")        the technique of an ID or name
//   groupsUsing("T1059.001")      the groups that use it
//   group("FIN7")                 a group by ID, name or alias
//   techniquesOf("FIN7")          the techniques a group uses
//   layer("FIN7")                 the Navigator layer of a group
//   save(layer("FIN7"), "fin7.json") and svg(layer("FIN7"), "fin7.svg") write it
import dev.attackj.core.*;
import dev.attackj.core.diff.*;
import dev.attackj.core.release.*;
import dev.attackj.navigator.*;
import dev.attackj.gap.analysis.*;
import dev.attackj.gap.coverage.*;
import dev.attackj.gap.inventory.*;
import dev.attackj.gap.plan.*;
import dev.attackj.gap.profile.*;
import dev.attackj.gap.strategy.*;
import java.nio.file.*;
import java.util.*;

Path bundle = Path.of(Optional.ofNullable(System.getProperty("attack.bundle"))
    .or(() -> Optional.ofNullable(System.getenv("ATTACK_BUNDLE")))
    .orElse("../shared/data/attack/enterprise-attack-18.1.json.gz"));
KnowledgeBase kb = KnowledgeBase.load(bundle);

Technique technique(String idOrName) {
  return kb.technique(idOrName)
      .orElseThrow(() -> new NoSuchElementException("technique not found: " + idOrName));
}

Group group(String idNameOrAlias) {
  return kb.group(idNameOrAlias)
      .orElseThrow(() -> new NoSuchElementException("group not found: " + idNameOrAlias));
}

List<Group> groupsUsing(String technique) {
  return kb.groupsUsing(technique(technique));
}

List<Technique> techniquesOf(String group) {
  return kb.techniquesUsedBy(group(group));
}

Layer layer(String group) {
  return LayerGenerator.of(kb).forActor(group(group));
}

Path save(Layer layer, String file) throws java.io.IOException {
  LayerWriter.write(layer, Path.of(file));
  return Path.of(file);
}

Path svg(Layer layer, String file) throws java.io.IOException {
  LayerRenderer.of(kb).writeSvg(layer, Path.of(file));
  return Path.of(file);
}

System.out.println(kb + " from " + bundle);
System.out.println("try: technique(\"T1059.001\")  groupsUsing(\"T1059.001\")  layer(\"FIN7\")");
