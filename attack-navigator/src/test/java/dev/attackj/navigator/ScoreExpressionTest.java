package dev.attackj.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreExpressionTest {

  private static final Map<String, BigDecimal> VALUES = Map.of(
      "a", new BigDecimal("3"), "b", new BigDecimal("0"), "c", new BigDecimal("1.5"));

  private static Optional<BigDecimal> eval(String expression) {
    return ScoreExpression.parse(expression).evaluate(VALUES);
  }

  private static Optional<BigDecimal> number(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void evaluate_arithmetic() {
    assertEquals(number("3"), eval("a+b"));
    assertEquals(number("4.5"), eval("a + c"));
    assertEquals(number("7.5"), eval("a * 2 + c"));
    assertEquals(number("-1.5"), eval("-c"));
    assertEquals(number("2"), eval("a / c"));
    assertEquals(number("1"), eval("a % 2"));
    assertEquals(number("9"), eval("(a + b) * a"));
  }

  @Test
  void evaluate_functions() {
    assertEquals(number("3"), eval("max(a, b, c)"));
    assertEquals(number("0"), eval("min(a,b)"));
    assertEquals(number("4.5"), eval("sum(a, b, c)"));
    assertEquals(number("1.5"), eval("avg(a, b, c)"));
    assertEquals(number("1.5"), eval("abs(-c)"));
    assertEquals(number("10"), eval("if(a > 2, 10, 20)"));
  }

  @Test
  void evaluate_logicYieldsOneOrZero() {
    assertEquals(number("1"), eval("a>0 && b==0"));
    assertEquals(number("0"), eval("a>0 && b!=0"));
    assertEquals(number("1"), eval("b>=1 || c<=1.5"));
    assertEquals(number("1"), eval("!b"));
    assertEquals(number("0"), eval("a < 3"));
  }

  @Test
  void evaluate_divisionByZeroIsUndefined() {
    assertEquals(Optional.empty(), eval("a / b"));
  }

  @Test
  void evaluate_missingVariable() {
    ScoreExpression expression = ScoreExpression.parse("a + d");

    assertThrows(IllegalArgumentException.class, () -> expression.evaluate(VALUES));
  }

  @Test
  void variables_inOrderOfUse() {
    assertEquals(Set.of("b", "a"), ScoreExpression.parse("b - max(a, b)").variables());
  }

  @Test
  void parse_rejectsInvalidExpressions() {
    for (String text : new String[] {"", "a +", "a b", "(a", "a = b", "a & b", "foo(a)",
        "abs(a, b)", "java.lang.Runtime", "1..2", "a; b"}) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> ScoreExpression.parse(text), text);
      assertTrue(error.getMessage().startsWith("invalid score expression")
          || error.getMessage().contains("empty"), error.getMessage());
    }
  }

  @Test
  void parse_limitsNesting() {
    String deep = "(".repeat(100) + "a" + ")".repeat(100);

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ScoreExpression.parse(deep));

    assertTrue(error.getMessage().contains("nests more than"), error.getMessage());
  }
}
