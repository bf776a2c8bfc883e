package dev.attackj.gap.strategy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Group;

/** The contract of each way to combine strategies. */
class CompositeStrategyProperties {

  @Group
  class WeightedSum implements StrategyContract {
    @Override
    public Strategy strategy() {
      Map<Strategy, Double> parts = new LinkedHashMap<>();
      parts.put(Strategies.prevalence(), 2.0);
      parts.put(Strategies.tacticOrder(), -0.5);
      return Strategies.weightedSum("sum", parts);
    }

    @Override
    public ScoringContext context() {
      return BuiltInContexts.fin7AndFin8();
    }
  }

  @Group
  class Product implements StrategyContract {
    @Override
    public Strategy strategy() {
      return Strategies.multiply("product", Strategies.ctid(), Strategies.actionability());
    }

    @Override
    public ScoringContext context() {
      return BuiltInContexts.fin7AndFin8();
    }
  }

  @Group
  class Lexicographic implements StrategyContract {
    @Override
    public Strategy strategy() {
      return Strategies.lexicographic("lexicographic", 0.25,
          List.of(Strategies.prevalence(), Strategies.ctid(), Strategies.tacticOrder()));
    }

    @Override
    public ScoringContext context() {
      return BuiltInContexts.fin7AndFin8();
    }
  }

  @Group
  class Gate implements StrategyContract {
    @Override
    public Strategy strategy() {
      return Strategies.gate("gate", Strategies.prevalence(), 0.5, Strategies.ctid());
    }

    @Override
    public ScoringContext context() {
      return BuiltInContexts.fin7AndFin8();
    }
  }
}
