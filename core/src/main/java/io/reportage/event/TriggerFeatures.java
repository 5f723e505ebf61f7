package io.reportage.event;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.text.English;
import java.util.ArrayList;
import java.util.List;

/**
 * The features of a trigger reading that the trigger model weighs: the word (lemma, part of speech,
 * WordNet class and how common that sense is), where the reading came from, the words around it,
 * the shape of its arguments (the kinds of the nearest mentions before and after it in the
 * sentence), and the marks of a generic or unrealised event (a modal or "to" before it, a
 * negation, a bare plural noun). Computed per reading, not per token: readings are few.
 */
public final class TriggerFeatures {
  /** How far a mention may lie from the trigger to count as its subject or object. */
  private static final int ARGUMENT_REACH = 6;
  private static final int CONTEXT = 3;

  private TriggerFeatures() {
  }

  /** The features of {@code draft}, a reading of the trigger lexicon or a WordNet candidate ({@code candidate}). */
  public static String[] of(Document doc, EventDraft draft, WordClasses classes, boolean candidate) {
    List<String> f = new ArrayList<>(40);
    String type = draft.type.name();
    int start = draft.triggerStart;
    int end = draft.triggerEnd;
    int head = end - 1;
    String lemma = doc.lemma(start);
    String pos = doc.pos(start);
    f.add("type=" + type);
    f.add("src=" + (candidate ? "wordnet" : "lexicon") + "|" + type);
    f.add("pos|type=" + pos + "|" + type);
    f.add("nominal|type=" + draft.nominal + "|" + type);
    f.add("length=" + Math.min(end - start, 3));
    int rank = classes.rank(doc.lemma(head), draft.type);
    f.add("wordnet|type=" + rank + "|" + type);
    f.add("wordnet=" + rank);
    f.add("senses=" + classes.of(doc.lemma(head)).size());
    f.add("confidence=" + Math.round(draft.confidence * 10));
    int sentence = doc.sentenceOf(start);
    int first = doc.sentenceStart(sentence);
    int last = doc.sentenceEnd(sentence);
    String word = doc.token(start);
    f.add("capital=" + (start > first && Character.isUpperCase(word.charAt(0))));
    for (int d = 1; d <= 2; d++) {
      f.add("w-" + d + "=" + (start - d >= first ? doc.lemma(start - d) : "<s>"));
      f.add("w+" + d + "=" + (end - 1 + d < last ? doc.lemma(end - 1 + d) : "</s>"));
    }
    f.add("p-1|type=" + (start - 1 >= first ? doc.pos(start - 1) : "<s>") + "|" + type);
    f.add("p+1|type=" + (end < last ? doc.pos(end) : "</s>") + "|" + type);
    for (int i = Math.max(first, start - CONTEXT); i < Math.min(last, end + CONTEXT); i++) {
      if (i < start || i >= end) {
        f.add("near|type=" + doc.lemma(i) + "|" + type);
      }
    }
    f.add("before|type=" + mentionKind(doc, start - 1, Math.max(first, start - ARGUMENT_REACH), -1) + "|" + type);
    f.add("after|type=" + mentionKind(doc, end, Math.min(last, end + ARGUMENT_REACH), 1) + "|" + type);
    addIrrealis(doc, f, start, end, first, type);
    addDiscourse(doc, f, draft, sentence, type);
    return f.toArray(String[]::new);
  }

  /** The entity type of the first mention met walking from {@code from} towards {@code to}, or "none". */
  private static String mentionKind(Document doc, int from, int to, int step) {
    for (int i = from; step < 0 ? i >= to : i < to; i += step) {
      MentionDraft mention = doc.mentionAt(i);
      if (mention != null && mention.entity != null && mention.entity.type != null) {
        return mention.entity.type.name();
      }
      if (".".equals(doc.token(i)) || ";".equals(doc.token(i))) {
        break;
      }
    }
    return "none";
  }

  /**
   * Where the reading stands in the article: the sentence's place (the lead tells the news, later
   * paragraphs background), a headline in title case, inside quotation marks, and how often the
   * article has named an event of this type or this word before (later mentions take it up).
   */
  private static void addDiscourse(Document doc, List<String> f, EventDraft draft, int sentence, String type) {
    f.add("sentence|type=" + bucket(sentence) + "|" + type);
    if (TitleCase.isTitleCase(doc, doc.sentenceStart(sentence), doc.sentenceEnd(sentence))) {
      f.add("headline|type=" + type);
    }
    for (var quote : doc.quotes()) {
      if (quote.marked && quote.tokenStart <= draft.triggerStart && draft.triggerEnd <= quote.tokenEnd) {
        f.add("quoted|type=" + type);
        break;
      }
    }
    int sameType = 0;
    int sameWord = 0;
    String lemma = doc.lemma(draft.triggerStart);
    for (EventDraft other : doc.events()) {
      if (other.triggerStart >= draft.triggerStart) {
        break;
      }
      if (other.type == draft.type && !other.candidate) {
        sameType++;
      }
      if (other.triggerStart >= 0 && lemma.equals(doc.lemma(other.triggerStart))) {
        sameWord++;
      }
    }
    f.add("earlier-type|type=" + Math.min(sameType, 3) + "|" + type);
    f.add("earlier-word=" + Math.min(sameWord, 2));
  }

  private static String bucket(int sentence) {
    return sentence < 3 ? String.valueOf(sentence) : sentence < 6 ? "3-5" : sentence < 11 ? "6-10" : sentence < 21 ? "11-20" : "21+";
  }

  /** Generic and unrealised events: "would meet", "plans to attack", "did not arrest", "attacks are rising". */
  private static void addIrrealis(Document doc, List<String> f, int start, int end, int first, String type) {
    for (int i = start - 1; i >= Math.max(first, start - 3); i--) {
      String lower = doc.lower(i);
      if (English.MODALS.contains(lower)) {
        f.add("modal|type=" + type);
      } else if (lower.equals("to")) {
        f.add("to|type=" + type);
      } else if (lower.equals("not") || lower.equals("n't") || lower.equals("never") || lower.equals("no")) {
        f.add("negated|type=" + type);
      }
    }
    String head = doc.lower(end - 1);
    boolean plural = "NOUN".equals(doc.pos(end - 1)) && head.endsWith("s") && !head.endsWith("ss");
    boolean determined = start > first && (English.DETERMINERS.contains(doc.lower(start - 1))
        || English.POSSESSIVE_DETERMINERS.contains(doc.lower(start - 1)));
    if (plural) {
      f.add((determined ? "plural" : "bare-plural") + "|type=" + type);
    }
  }
}
