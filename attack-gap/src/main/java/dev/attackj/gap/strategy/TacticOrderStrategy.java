package dev.attackj.gap.strategy;

import dev.attackj.core.Tactic;
import dev.attackj.core.Technique;
import dev.attackj.gap.profile.TechniqueThreat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The position of a technique's tactics in the kill chain, taken from the matrix of the
 * knowledge base, as the threat profile records it when there is one.
 * With {@code n} tactics numbered from 0 in matrix order:
 *
 * <pre>
 * early: score = (n - first position) / n
 * late:  score = (last position + 1) / n
 * </pre>
 *
 * <p>{@code early}, the default, favours techniques that stop an intrusion sooner. A technique
 * without a known tactic scores 0.
 */
final class TacticOrderStrategy implements TwoPhaseStrategy<TacticOrderStrategy.Order> {

  static final String NAME = "tactic-order";
  static final String PREFER = "prefer";

  /** The tactic positions of one context. */
  record Order(Map<String, Integer> positions, boolean early, String source) {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "kill-chain position of the technique's tactics in the matrix";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(Parameter.choice(PREFER, "early", List.of("early", "late"),
        "whether techniques of earlier or of later tactics score higher"));
  }

  @Override
  public Order summarize(ScoringContext context) {
    // The profile holds the matrix order already; asking the knowledge base costs more.
    List<String> tactics = context.profile()
        .map(profile -> profile.tactics())
        .filter(list -> !list.isEmpty())
        .or(() -> context.knowledgeBase()
            .map(knowledgeBase -> knowledgeBase.tactics().stream().map(Tactic::shortName).toList()))
        .orElse(List.of());
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (String tactic : tactics) {
      positions.putIfAbsent(tactic, positions.size());
    }
    boolean early = context.parametersFor(this).choice(PREFER).equals("early");
    return new Order(positions, early, "matrix of " + context.releaseLabel());
  }

  @Override
  public Score score(String techniqueId, ScoringContext context, Order order) {
    List<String> tactics = tacticsOf(techniqueId, context);
    int n = order.positions().size();
    Optional<Integer> position = order.early()
        ? tactics.stream().map(order.positions()::get).filter(p -> p != null).min(Integer::compare)
        : tactics.stream().map(order.positions()::get).filter(p -> p != null).max(Integer::compare);
    if (position.isEmpty() || n == 0) {
      return Score.zero(techniqueId, "no tactic of the technique is in the matrix");
    }
    // The input counts tactics from the far end, so that input times 1/n is the score.
    int input = order.early() ? n - position.get() : position.get() + 1;
    String name = order.early()
        ? "tactics from the first tactic to the end of the kill chain"
        : "tactics from the start of the kill chain to the last tactic";
    double value = (double) input / n;
    return Score.of(techniqueId, value,
        List.of(Factor.of(name, input, 1.0 / n, value, order.source())));
  }

  private static List<String> tacticsOf(String techniqueId, ScoringContext context) {
    Optional<List<String>> fromProfile = context.profile()
        .flatMap(profile -> profile.technique(techniqueId))
        .map(TechniqueThreat::tactics);
    if (fromProfile.isPresent()) {
      return fromProfile.get();
    }
    return context.knowledgeBase()
        .flatMap(knowledgeBase -> knowledgeBase.technique(techniqueId))
        .map(Technique::tacticShortNames)
        .orElse(List.of());
  }
}
