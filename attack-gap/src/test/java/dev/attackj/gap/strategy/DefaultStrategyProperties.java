package dev.attackj.gap.strategy;

class DefaultStrategyProperties implements StrategyContract {

  private final Strategy strategy = Strategies.defaultStrategy();

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public ScoringContext context() {
    return BuiltInContexts.fin7AndFin8();
  }
}
