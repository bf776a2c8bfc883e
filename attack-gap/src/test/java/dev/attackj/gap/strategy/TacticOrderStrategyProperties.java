package dev.attackj.gap.strategy;

class TacticOrderStrategyProperties implements StrategyContract {

  private final Strategy strategy = Strategies.tacticOrder();

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public ScoringContext context() {
    return BuiltInContexts.fin7AndFin8();
  }
}
