package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ScoreExpressionProperties {

  @Property(tries = 500)
  void parseAcceptsOrRejectsWithDocumentedException(@ForAll("expressionLike") String text) {
    ScoreExpression expression;
    try {
      expression = ScoreExpression.parse(text);
    } catch (IllegalArgumentException e) {
      return;
    }

    Map<String, BigDecimal> values = new HashMap<>();
    expression.variables().forEach(name -> values.put(name, BigDecimal.valueOf(name.length())));
    expression.evaluate(values);
  }

  @Property(tries = 200)
  void sumOfTwoLayersAddsScores(@ForAll int a, @ForAll int b) {
    ScoreExpression sum = ScoreExpression.parse("a + b");

    Optional<BigDecimal> result = sum.evaluate(Map.of("a", BigDecimal.valueOf(a),
        "b", BigDecimal.valueOf(b)));

    assertEquals(Optional.of(BigDecimal.valueOf((long) a + b)), result);
  }

  @Provide
  Arbitrary<String> expressionLike() {
    return Arbitraries.strings().withChars("ab01.+-*/%()<>=!&|, maxvgif").ofMaxLength(24);
  }
}
