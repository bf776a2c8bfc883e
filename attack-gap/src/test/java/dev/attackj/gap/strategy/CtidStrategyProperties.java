package dev.attackj.gap.strategy;

class CtidStrategyProperties implements StrategyContract {

  private final Strategy strategy = Strategies.ctid();

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public ScoringContext context() {
    return BuiltInContexts.fin7AndFin8();
  }
}
