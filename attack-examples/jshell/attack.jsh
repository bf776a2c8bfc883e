// Start jshell with the attack tool's jar on the class path and this script, for example
//   jshell --class-path attack-examples/target/attack.jar \
//       -R-Dattack.bundle=../shared/data/attack/enterprise-attack-18.1.json.gz \
//       attack-examples/jshell/attack.jsh
// It loads the bundle named by -R-Dattack.bundle=FILE (or the ATTACK_BUNDLE environment
// variable) into kb.
import dev.attackj.core.*;
import java.nio.file.*;
import java.util.*;

Path bundle = Path.of(System.getProperty("attack.bundle",
    Optional.ofNullable(System.getenv("ATTACK_BUNDLE"))
        .orElse("../shared/data/attack/enterprise-attack-18.1.json.gz")));
KnowledgeBase kb = KnowledgeBase.load(bundle);
System.out.println("kb = " + kb);
System.out.println("try: kb.technique(\"T1059.001\")   kb.groupsUsing(kb.technique(\"T1059.001\").get())");
