package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LayerRoundTripProperties {

  @Property(tries = 200)
  void readingWhatWasWrittenGivesTheSameLayer(@ForAll("layers") Layer layer) {
    String json = LayerWriter.toJson(layer);

    Layer reread = LayerReader.strict().read(json, "property").layer();

    assertEquals(layer, reread);
  }

  @Provide
  Arbitrary<Layer> layers() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12)
        .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    Arbitrary<List<TechniqueEntry>> techniques = entries(text).list().ofMaxSize(6);
    return Combinators.combine(text, Arbitraries.of("enterprise-attack", "mobile-attack"),
        techniques, Arbitraries.of(Sorting.class), Arbitraries.of(AggregateFunction.class),
        Arbitraries.of(SubtechniqueExpansion.class), Arbitraries.of(true, false), scores())
        .as((name, domain, entries, sorting, aggregate, expansion, flag, max) ->
            Layer.builder().name(name).domain(domain).description(name + "\n<b>")
                .techniques(entries).sorting(sorting)
                .layout(Layout.builder().aggregateFunction(aggregate)
                    .expandedSubtechniques(expansion).showId(flag).build())
                .hideDisabled(flag).selectVisibleTechniques(!flag)
                .gradient(Gradient.of(List.of("#ffffff", "#ff6666"), BigDecimal.ZERO, max))
                .addLegendItem(LegendItem.of(name, "#00ff00"))
                .addMetadata(Metadata.of(name, domain))
                .addMetadata(ImmutableMetadata.builder().divider(true)
                    .putExtraField("x-style", JsonNodeFactory.instance.textNode(name)).build())
                .putExtraField("x-extra", JsonNodeFactory.instance.numberNode(7))
                .build());
  }

  private static Arbitrary<TechniqueEntry> entries(Arbitrary<String> text) {
    Arbitrary<String> ids = Arbitraries.integers().between(1000, 1700)
        .map(n -> "T" + n);
    return Combinators.combine(ids, text, scores().optional(), Arbitraries.of(true, false),
        Arbitraries.of("", "execution", "persistence"))
        .as((id, comment, score, enabled, tactic) -> {
          ImmutableTechniqueEntry.Builder entry = TechniqueEntry.builder().techniqueId(id)
              .comment(comment).enabled(enabled).score(score)
              .addLink(ImmutableLink.builder().label(comment).url("https://example.org/" + id)
                  .putExtraField("x-rank", JsonNodeFactory.instance.textNode(id)).build())
              .showSubtechniques(!enabled);
          if (!tactic.isEmpty()) {
            entry.tactic(tactic);
          }
          return entry.build();
        });
  }

  private static Arbitrary<BigDecimal> scores() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(3).map(value -> value.stripTrailingZeros())
        .map(value -> value.scale() < 0 ? value.setScale(0) : value);
  }
}
