package dev.attackj.gap.inventory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.Problem;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleImporterProperties {

  private static final List<RuleImporter> IMPORTERS = InventoryReader.create().importers();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(300);
    Arbitrary<String> structured = Arbitraries.strings()
        .withChars("{}[]:,;=\"'\\#-|&*!%@\n\t TtAa0123456789.<>/")
        .ofMaxLength(300);
    Arbitrary<String> keyed = Arbitraries.of("title: ", "name: ", "tags:\n  - ", "[rule]\n",
        "id,title,technique\n", "file_type: technique-administration\n", "search = ",
        "{\"type\": \"alert\", ", "relevantTechniques:\n  - ", "[savedsearch]\n")
        .flatMap(prefix -> structured.map(rest -> prefix + rest));
    return Arbitraries.oneOf(anyText, structured, keyed);
  }

  @Property(tries = 300)
  void read_anyText_returnsProblemsNamingSource(@ForAll("texts") String content) {
    for (RuleImporter importer : IMPORTERS) {
      ImportResult result = importer.read(content, "property.txt");

      for (Problem problem : result.problems()) {
        assertTrue(problem.file().equals("property.txt"), problem::toString);
      }
    }
  }
}
