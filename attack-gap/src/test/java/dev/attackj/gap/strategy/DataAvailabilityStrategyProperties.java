package dev.attackj.gap.strategy;

class DataAvailabilityStrategyProperties implements StrategyContract {

  private final Strategy strategy = Strategies.dataAvailability();

  @Override
  public Strategy strategy() {
    return strategy;
  }

  @Override
  public ScoringContext context() {
    return BuiltInContexts.fin7AndFin8();
  }
}
