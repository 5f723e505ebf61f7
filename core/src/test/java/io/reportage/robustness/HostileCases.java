package io.reportage.robustness;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Texts built to be hard on time and memory, each at a size of its own unit: the cases that
 * {@code HostileScaling} times at doubling sizes and that {@code HostileMemoryTest} analyses at
 * their largest size in a small heap.
 */
public final class HostileCases {
  /** A hard text of a given size; {@code largest} is the size the promise is made for. */
  public record Case(String name, String unit, int largest, IntFunction<String> text) {
  }

  /**
   * The five cases. Parentheses are nested with words and spaces between them, as a run of the same
   * punctuation mark is one token.
   */
  public static final List<Case> ALL = List.of(
      new Case("sentence-without-full-stop", "chars", 1 << 20, HostileCases::sentenceWithoutFullStop),
      new Case("alternating-quotation-marks", "marks", 100_000, HostileCases::alternatingMarks),
      new Case("one-long-token", "chars", 4 << 20, size -> "a".repeat(size)),
      new Case("nested-parentheses", "levels", 10_000,
          depth -> "(the aide said ".repeat(depth) + "the minister" + " )".repeat(depth)),
      new Case("repeated-said-clause", "chars", 4 << 20, size -> repeatTo("\"a,\" he said, ", size)));

  private HostileCases() {
  }

  /** Words of news writing, commas and clauses, and never a full stop. */
  private static String sentenceWithoutFullStop(int size) {
    return repeatTo("the council said on Monday that the budget for the libraries would rise, and Ana Ortiz "
        + "told reporters that the union would not accept cuts ", size);
  }

  /** Opening and closing marks in turn with a word between: “ said ” said “ said ” ... */
  private static String alternatingMarks(int marks) {
    StringBuilder text = new StringBuilder(marks * 7);
    for (int i = 0; i < marks; i++) {
      text.append(i % 2 == 0 ? "“" : "”").append("said ");
    }
    return text.toString();
  }

  private static String repeatTo(String unit, int size) {
    StringBuilder text = new StringBuilder(size + unit.length());
    while (text.length() < size) {
      text.append(unit);
    }
    return text.substring(0, size);
  }
}
