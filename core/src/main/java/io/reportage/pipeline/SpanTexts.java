package io.reportage.pipeline;

import io.reportage.Span;
import io.reportage.TextSpan;
import java.util.HashMap;
import java.util.Map;

/**
 * The text of spans of one article, one {@link String} per distinct text: an analysis names the
 * same person, cue and quoted phrase many times, and on a long, repetitive text a string per span
 * would hold most of the heap.
 */
final class SpanTexts {
  private final String text;
  private final Map<String, String> distinct = new HashMap<>();

  SpanTexts(String text) {
    this.text = text;
  }

  /** The text {@code span} covers, shared with every earlier span of the same text. */
  String of(Span span) {
    String covered = text.substring(span.start(), span.end());
    String earlier = distinct.putIfAbsent(covered, covered);
    return earlier == null ? covered : earlier;
  }

  TextSpan textSpan(Span span) {
    return new TextSpan(span.start(), span.end(), of(span));
  }
}
