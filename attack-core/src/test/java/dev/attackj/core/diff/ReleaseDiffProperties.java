package dev.attackj.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attackj.core.KnowledgeBase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the diff on random small bundles of active techniques. */
class ReleaseDiffProperties {

  /** A technique of a random bundle: a number for its ids, a version and a tactic. */
  record Spec(int number, int major, int minor, String tactic) {}

  @Property(tries = 50)
  void between_sameBundle_isEmpty(@ForAll("bundles") List<Spec> specs) {
    KnowledgeBase kb = load(specs);

    ReleaseDiff diff = ReleaseDiff.between(kb, kb);

    assertTrue(diff.changes().isEmpty(), diff.changes().toString());
    assertTrue(diff.relationshipChanges().isEmpty());
  }

  @Property(tries = 50)
  void between_reversed_swapsAdditionsAndDeletions(@ForAll("bundles") List<Spec> older,
      @ForAll("bundles") List<Spec> newer) {
    KnowledgeBase first = load(older);
    KnowledgeBase second = load(newer);

    ReleaseDiff forward = ReleaseDiff.between(first, second);
    ReleaseDiff backward = ReleaseDiff.between(second, first);

    assertEquals(ids(forward, ChangeKind.ADDITION), ids(backward, ChangeKind.DELETION));
    assertEquals(ids(forward, ChangeKind.DELETION), ids(backward, ChangeKind.ADDITION));
    assertEquals(ids(forward, ChangeKind.MAJOR_VERSION_CHANGE),
        ids(backward, ChangeKind.MAJOR_VERSION_CHANGE));
    assertEquals(ids(forward, ChangeKind.MINOR_VERSION_CHANGE),
        ids(backward, ChangeKind.MINOR_VERSION_CHANGE));
    assertEquals(ids(forward, ChangeKind.TACTICS_CHANGE),
        ids(backward, ChangeKind.TACTICS_CHANGE));
  }

  @Provide
  Arbitrary<List<Spec>> bundles() {
    Arbitrary<Spec> spec = Combinators.combine(
        Arbitraries.integers().between(1, 30),
        Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(0, 3),
        Arbitraries.of("execution", "persistence", "discovery"))
        .as(Spec::new);
    return spec.list().ofMaxSize(12).uniqueElements(Spec::number);
  }

  private static KnowledgeBase load(List<Spec> specs) {
    Bundles bundles = Bundles.create();
    for (Spec spec : specs) {
      String uuid = "00000000-0000-4000-8000-%012d".formatted(spec.number());
      bundles.technique(uuid, "T%04d".formatted(1000 + spec.number()), "Technique "
          + spec.number(), spec.major() + "." + spec.minor(), spec.tactic(), "");
    }
    return bundles.load();
  }

  private static Set<String> ids(ReleaseDiff diff, ChangeKind kind) {
    return diff.changes(kind).stream().map(c -> c.object().stixId())
        .collect(Collectors.toSet());
  }
}
