package io.reportage.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * An aggregate that counts the non-null strings of a group and returns the most frequent, up to a
 * limit, most frequent first and ties in code point order (Spark's order for strings). It keeps
 * one count per distinct value, so a group is aggregated in one pass and the partial counts of
 * each task are merged after one shuffle.
 */
final class MostFrequent extends Aggregator<String, MostFrequent.Counts, MostFrequent.Ranked> {
  private static final long serialVersionUID = 1L;
  private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT_FIRST =
      Map.Entry.<String, Long>comparingByValue().reversed()
          .thenComparing(Map.Entry::getKey, MostFrequent::compareCodePoints);

  private final int limit;

  MostFrequent(int limit) {
    this.limit = limit;
  }

  @Override
  public Counts zero() {
    return new Counts();
  }

  @Override
  public Counts reduce(Counts counts, String value) {
    if (value != null) {
      counts.mutable().merge(value, 1L, Long::sum);
    }
    return counts;
  }

  @Override
  public Counts merge(Counts into, Counts from) {
    Map<String, Long> counts = into.mutable();
    from.getByValue().forEach((value, n) -> counts.merge(value, n, Long::sum));
    return into;
  }

  @Override
  public Ranked finish(Counts counts) {
    List<String> values = counts.getByValue().entrySet().stream().sorted(MOST_FREQUENT_FIRST).limit(limit)
        .map(Map.Entry::getKey).toList();
    Ranked ranked = new Ranked();
    ranked.setValues(new ArrayList<>(values));
    return ranked;
  }

  @Override
  public Encoder<Counts> bufferEncoder() {
    return Encoders.bean(Counts.class);
  }

  @Override
  public Encoder<Ranked> outputEncoder() {
    return Encoders.bean(Ranked.class);
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The counts so far, by value: a bean, so that Spark stores it as a {@code map<string, bigint>}. */
  public static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    private Map<String, Long> byValue = new HashMap<>();

    public Map<String, Long> getByValue() {
      return byValue;
    }

    public void setByValue(Map<String, Long> byValue) {
      this.byValue = byValue;
    }

    /** The map, copied first if Spark handed over one it built (which need not be mutable). */
    Map<String, Long> mutable() {
      if (!(byValue instanceof HashMap)) {
        byValue = new HashMap<>(byValue);
      }
      return byValue;
    }
  }

  /** The result: a struct with one field, {@code values}, an array of strings. */
  public static final class Ranked implements Serializable {
    private static final long serialVersionUID = 1L;
    private List<String> values = new ArrayList<>();

    public List<String> getValues() {
      return values;
    }

    public void setValues(List<String> values) {
      this.values = values;
    }
  }
}
