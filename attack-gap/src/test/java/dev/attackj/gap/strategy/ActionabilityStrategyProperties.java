package dev.attackj.gap.strategy;

class ActionabilityStrategyProperties implements StrategyContract {

  private final Strategy strategy = Strategies.actionability();

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public ScoringContext context() {
    return BuiltInContexts.fin7AndFin8();
  }
}
