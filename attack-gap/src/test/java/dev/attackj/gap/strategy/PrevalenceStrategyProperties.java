package dev.attackj.gap.strategy;

class PrevalenceStrategyProperties implements StrategyContract {

  private final Strategy strategy = Strategies.prevalence();

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public ScoringContext context() {
    return BuiltInContexts.fin7AndFin8();
  }
}
