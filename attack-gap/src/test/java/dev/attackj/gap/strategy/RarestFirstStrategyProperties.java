package dev.attackj.gap.strategy;

/** The contract, run on a strategy found through {@link java.util.ServiceLoader} by name. */
class RarestFirstStrategyProperties implements StrategyContract {

  private final Strategy strategy = Strategies.byName("rarest-first");

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public ScoringContext context() {
    return BuiltInContexts.fin7AndFin8();
  }
}
