package io.reportage.testing;

import java.util.Collection;
import java.util.List;

/**
 * The count of work done by code that {@link CountingClassLoader} loaded: one unit per method call
 * and per jump back to the head of a loop, and, for the library calls whose cost grows with their
 * argument (a search or removal in a list, a search in a string, a copied substring), the number
 * of elements or characters they pass over. The same input gives the same count on a busy machine
 * as on a quiet one. One thread counts at a time.
 */
public final class WorkCounter {
  private static long count;

  private WorkCounter() {
  }

  /** The units counted since the last {@link #reset()}. */
  public static long count() {
    return count;
  }

  public static void reset() {
    count = 0;
  }

  /** Called at each method entry and loop back-edge of counted code. */
  public static void tick() {
    count++;
  }

  private static void charge(long units) {
    count += Math.max(units, 0);
  }

  private static void chargeIfList(Collection<?> collection) {
    if (collection instanceof List<?>) {
      charge(collection.size());
    }
  }

  // ---- Stand-ins for library calls, with the receiver first: the stack is the same as the call's.

  public static boolean contains(Collection<?> collection, Object value) {
    chargeIfList(collection);
    return collection.contains(value);
  }

  public static boolean remove(Collection<?> collection, Object value) {
    chargeIfList(collection);
    return collection.remove(value);
  }

  public static Object removeAt(List<?> list, int index) {
    charge(list.size() - index);
    return list.remove(index);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void addAt(List list, int index, Object value) {
    charge(list.size() - index);
    list.add(index, value);
  }

  public static int indexOf(List<?> list, Object value) {
    charge(list.size());
    return list.indexOf(value);
  }

  public static int lastIndexOf(List<?> list, Object value) {
    charge(list.size());
    return list.lastIndexOf(value);
  }

  /** A search passes over the characters up to its match, or to the end. */
  private static int searched(String text, int from, int found, int needle) {
    int start = Math.max(from, 0);
    charge((found < 0 ? text.length() : found + needle) - start);
    return found;
  }

  public static int indexOf(String text, String needle) {
    return searched(text, 0, text.indexOf(needle), needle.length());
  }

  public static int indexOf(String text, String needle, int from) {
    return searched(text, from, text.indexOf(needle, from), needle.length());
  }

  public static int indexOf(String text, int ch) {
    return searched(text, 0, text.indexOf(ch), 1);
  }

  public static int indexOf(String text, int ch, int from) {
    return searched(text, from, text.indexOf(ch, from), 1);
  }

  public static boolean contains(String text, CharSequence needle) {
    return searched(text, 0, text.indexOf(needle.toString()), needle.length()) >= 0;
  }

  public static String substring(String text, int begin) {
    String part = text.substring(begin);
    charge(part.length());
    return part;
  }

  public static String substring(String text, int begin, int end) {
    String part = text.substring(begin, end);
    charge(part.length());
    return part;
  }
}
