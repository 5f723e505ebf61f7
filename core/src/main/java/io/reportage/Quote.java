package io.reportage;

import java.util.Objects;

/**
 * A direct quote or a reported statement, with who made it.
 *
 * @param id "q1", "q2", ... in text order
 * @param start start of the content (for DIRECT and PARTIAL quotes, of the opening mark)
 * @param speaker id of the speaker entity, or null when no speaker could be found
 * @param speakerMention the local mention of the speaker ("he", "the spokesman"), or null
 * @param cue the words that introduce the quote ("said", "according to"), or null
 * @param via id of the entity through whom the statement is reported ("According to X, Y said"), or null
 * @param confidence how sure the attribution is, from 0 to 1; higher ranks more reliable
 * @param rule the name of the rule or model that decided the attribution
 */
public record Quote(
    String id,
    QuoteKind kind,
    int start,
    int end,
    String text,
    String speaker,
    TextSpan speakerMention,
    TextSpan cue,
    String via,
    double confidence,
    String rule) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
  }
}
