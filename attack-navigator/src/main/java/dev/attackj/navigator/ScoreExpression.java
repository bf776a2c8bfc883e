package dev.attackj.navigator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A score expression over named layers, such as {@code a+b}, {@code max(a,b)} or
 * {@code a>0 && b==0}, parsed by a small recursive-descent parser that evaluates nothing but
 * arithmetic: no script engine, no method calls, no names other than layer variables.
 *
 * <p>Grammar, loosest binding first: {@code ||}; {@code &&}; {@code == != < <= > >=};
 * {@code + -}; {@code * / %}; unary {@code - !}; numbers, variables ({@code [A-Za-z_][A-Za-z0-9_]*}),
 * parentheses and the functions {@code min(x, ...)}, {@code max(x, ...)}, {@code sum(x, ...)},
 * {@code avg(x, ...)}, {@code abs(x)} and {@code if(condition, then, else)}. Comparisons and
 * logical operators yield 1 or 0, and any non-zero value counts as true. Expressions are at most
 * {@value #MAX_LENGTH} characters long and nest at most {@value #MAX_DEPTH} levels deep.
 */
public final class ScoreExpression {

  /** The maximum length of an expression, in characters. */
  public static final int MAX_LENGTH = 2000;

  /** The maximum nesting of parentheses, calls and unary operators. */
  public static final int MAX_DEPTH = 64;

  private final String text;
  private final ExpressionNode root;
  private final Set<String> variables;

  private ScoreExpression(String text, ExpressionNode root, Set<String> variables) {
    this.text = text;
    this.root = root;
    this.variables = variables;
  }

  /**
   * Parses an expression.
   *
   * @throws IllegalArgumentException if the text is not an expression of the grammar above, with
   *     the position of the first error
   */
  public static ScoreExpression parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("score expression is " + text.length()
          + " characters long, more than the limit of " + MAX_LENGTH);
    }
    Parser parser = new Parser(text);
    ExpressionNode root = parser.parseAll();
    return new ScoreExpression(text, root, Collections.unmodifiableSet(parser.variables));
  }

  /** The variable names the expression uses, in order of first use. */
  public Set<String> variables() {
    return variables;
  }

  /**
   * Evaluates the expression with the given variable values.
   *
   * @return the value, or empty when it is undefined, as for a division by zero
   * @throws IllegalArgumentException if a variable has no value
   */
  public Optional<BigDecimal> evaluate(Map<String, BigDecimal> values) {
    for (String variable : variables) {
      if (!values.containsKey(variable)) {
        throw new IllegalArgumentException("score expression variable \"" + variable
            + "\" has no value; known variables: " + values.keySet());
      }
    }
    try {
      return Optional.of(Decimals.normalize(root.evaluate(values)));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return text;
  }

  /** A node of the parsed expression. */
  private interface ExpressionNode {
    BigDecimal evaluate(Map<String, BigDecimal> values);
  }

  private static BigDecimal truth(boolean value) {
    return value ? BigDecimal.ONE : BigDecimal.ZERO;
  }

  private static boolean isTrue(BigDecimal value) {
    return value.signum() != 0;
  }

  /** A recursive-descent parser over the expression text. */
  private static final class Parser {

    private final String text;
    private final Set<String> variables = new LinkedHashSet<>();
    private int position;
    private int depth;

    Parser(String text) {
      this.text = text;
    }

    ExpressionNode parseAll() {
      skipSpaces();
      if (position == text.length()) {
        throw error("score expression is empty");
      }
      ExpressionNode node = parseOr();
      skipSpaces();
      if (position < text.length()) {
        throw error("unexpected \"" + text.charAt(position) + "\"");
      }
      return node;
    }

    private ExpressionNode parseOr() {
      ExpressionNode left = parseAnd();
      while (accept("||")) {
        ExpressionNode first = left;
        ExpressionNode second = parseAnd();
        left = values -> truth(isTrue(first.evaluate(values)) || isTrue(second.evaluate(values)));
      }
      return left;
    }

    private ExpressionNode parseAnd() {
      ExpressionNode left = parseComparison();
      while (accept("&&")) {
        ExpressionNode first = left;
        ExpressionNode second = parseComparison();
        left = values -> truth(isTrue(first.evaluate(values)) && isTrue(second.evaluate(values)));
      }
      return left;
    }

    private ExpressionNode parseComparison() {
      ExpressionNode left = parseSum();
      for (String operator : List.of("==", "!=", "<=", ">=", "<", ">")) {
        if (accept(operator)) {
          ExpressionNode first = left;
          ExpressionNode second = parseSum();
          return values -> truth(compare(operator,
              first.evaluate(values).compareTo(second.evaluate(values))));
        }
      }
      return left;
    }

    private static boolean compare(String operator, int order) {
      return switch (operator) {
        case "==" -> order == 0;
        case "!=" -> order != 0;
        case "<=" -> order <= 0;
        case ">=" -> order >= 0;
        case "<" -> order < 0;
        case ">" -> order > 0;
        default -> throw new IllegalArgumentException("unknown comparison operator: " + operator);
      };
    }

    private ExpressionNode parseSum() {
      ExpressionNode left = parseProduct();
      while (true) {
        ExpressionNode first = left;
        if (accept("+")) {
          ExpressionNode second = parseProduct();
          left = values -> first.evaluate(values).add(second.evaluate(values));
        } else if (peekMinus()) {
          position++;
          ExpressionNode second = parseProduct();
          left = values -> first.evaluate(values).subtract(second.evaluate(values));
        } else {
          return left;
        }
      }
    }

    private ExpressionNode parseProduct() {
      ExpressionNode left = parseUnary();
      while (true) {
        ExpressionNode first = left;
        if (accept("*")) {
          ExpressionNode second = parseUnary();
          left = values -> first.evaluate(values).multiply(second.evaluate(values));
        } else if (accept("/")) {
          ExpressionNode second = parseUnary();
          left = values -> first.evaluate(values)
              .divide(second.evaluate(values), MathContext.DECIMAL64).stripTrailingZeros();
        } else if (accept("%")) {
          ExpressionNode second = parseUnary();
          left = values -> first.evaluate(values).remainder(second.evaluate(values));
        } else {
          return left;
        }
      }
    }

    private ExpressionNode parseUnary() {
      enter();
      try {
        if (accept("-")) {
          ExpressionNode operand = parseUnary();
          return values -> operand.evaluate(values).negate();
        }
        if (accept("!") ) {
          ExpressionNode operand = parseUnary();
          return values -> truth(!isTrue(operand.evaluate(values)));
        }
        return parsePrimary();
      } finally {
        depth--;
      }
    }

    private ExpressionNode parsePrimary() {
      skipSpaces();
      if (accept("(")) {
        ExpressionNode inner = parseOr();
        expect(")");
        return inner;
      }
      if (position < text.length()
          && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
        return parseNumber();
      }
      if (position < text.length() && isNameStart(text.charAt(position))) {
        String name = parseName();
        skipSpaces();
        if (accept("(")) {
          return parseCall(name);
        }
        variables.add(name);
        return values -> values.get(name);
      }
      throw error(position < text.length()
          ? "unexpected \"" + text.charAt(position) + "\"" : "expression ends too early");
    }

    private ExpressionNode parseNumber() {
      int start = position;
      while (position < text.length()
          && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
        position++;
      }
      try {
        BigDecimal number = new BigDecimal(text.substring(start, position));
        return values -> number;
      } catch (NumberFormatException e) {
        position = start;
        throw error("invalid number \"" + text.substring(start) + "\"");
      }
    }

    private ExpressionNode parseCall(String name) {
      int start = position;
      List<ExpressionNode> arguments = new ArrayList<>();
      skipSpaces();
      if (!accept(")")) {
        do {
          arguments.add(parseOr());
        } while (accept(","));
        expect(")");
      }
      String function = name.toLowerCase(Locale.ROOT);
      switch (function) {
        case "min":
        case "max":
        case "sum":
        case "avg":
          if (arguments.isEmpty()) {
            position = start;
            throw error(function + "() needs at least one argument");
          }
          return values -> fold(function, arguments, values);
        case "abs":
          requireArguments(function, arguments, 1, start);
          return values -> arguments.get(0).evaluate(values).abs();
        case "if":
          requireArguments(function, arguments, 3, start);
          return values -> isTrue(arguments.get(0).evaluate(values))
              ? arguments.get(1).evaluate(values) : arguments.get(2).evaluate(values);
        default:
          position = start;
          throw error("unknown function \"" + name
              + "\"; known functions are min, max, sum, avg, abs and if");
      }
    }

    private void requireArguments(
        String function, List<ExpressionNode> arguments, int count, int start) {
      if (arguments.size() != count) {
        position = start;
        throw error(function + "() takes " + count + " arguments, not " + arguments.size());
      }
    }

    private static BigDecimal fold(
        String function, List<ExpressionNode> arguments, Map<String, BigDecimal> values) {
      BigDecimal result = arguments.get(0).evaluate(values);
      BigDecimal sum = result;
      for (ExpressionNode argument : arguments.subList(1, arguments.size())) {
        BigDecimal value = argument.evaluate(values);
        sum = sum.add(value);
        result = function.equals("min") ? result.min(value)
            : function.equals("max") ? result.max(value) : sum;
      }
      if (function.equals("avg")) {
        return sum.divide(BigDecimal.valueOf(arguments.size()), MathContext.DECIMAL64)
            .stripTrailingZeros();
      }
      return function.equals("sum") ? sum : result;
    }

    private String parseName() {
      int start = position;
      while (position < text.length() && (isNameStart(text.charAt(position))
          || Character.isDigit(text.charAt(position)))) {
        position++;
      }
      return text.substring(start, position);
    }

    private static boolean isNameStart(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private boolean peekMinus() {
      skipSpaces();
      return position < text.length() && text.charAt(position) == '-';
    }

    private boolean accept(String token) {
      skipSpaces();
      if (text.startsWith(token, position)) {
        boolean isPrefixOfLonger = (token.equals("<") || token.equals(">") || token.equals("!"))
            && text.startsWith("=", position + 1);
        if (!isPrefixOfLonger) {
          position += token.length();
          return true;
        }
      }
      return false;
    }

    private void expect(String token) {
      if (!accept(token)) {
        throw error("expected \"" + token + "\"");
      }
    }

    private void enter() {
      if (++depth > MAX_DEPTH) {
        throw error("expression nests more than " + MAX_DEPTH + " levels deep");
      }
    }

    private void skipSpaces() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    }

    private IllegalArgumentException error(String message) {
      return new IllegalArgumentException("invalid score expression \"" + text + "\" at column "
          + (position + 1) + ": " + message);
    }
  }
}
