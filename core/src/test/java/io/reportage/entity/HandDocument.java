package io.reportage.entity;

import io.reportage.ArticleInfo;
import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.NameSpan;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.RoleDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a {@link Document} by hand, without models, and runs the entity stages on it. Sentences
 * are written as space-separated tokens; {@code [PER Dmitry Peskov]}, {@code [ORG ...]} and
 * {@code [LOC ...]} mark names; {@code word/TAG} gives a part-of-speech tag. Untagged tokens get
 * a plain default: punctuation PUNCT, articles and demonstratives DET, pronouns PRON, "and"/"or"
 * CCONJ, common prepositions ADP, number words NUM, capitalised words PROPN, the rest NOUN. Each
 * sentence is a paragraph of its own unless joined with {@code " || "} into one paragraph.
 */
public final class HandDocument {
  static final EntityLexicons LEXICONS = EntityLexicons.from(Lexicons.bundled());

  private static final Set<String> DET = Set.of("the", "a", "an", "this", "that", "these", "those", "both", "another");
  private static final Set<String> PRON = Set.of("he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
      "himself", "herself", "itself", "themselves", "who", "which");
  private static final Set<String> ADP = Set.of("of", "for", "at", "to", "in", "with", "from", "between", "on", "by",
      "about", "over", "after", "during");
  private static final Set<String> NUM = Set.of("one", "two", "three", "four", "five");

  private HandDocument() {
  }

  /** A document of these sentences, through names, roles and coreference. */
  public static Document analysed(String... sentences) {
    Document doc = build(sentences);
    new NameLinkingStage(LEXICONS).apply(doc);
    new RoleStage(LEXICONS).apply(doc);
    new CoreferenceStage(LEXICONS).apply(doc);
    return doc;
  }

  /** A document of these sentences with tokens, sentences, tags and names only. */
  public static Document build(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<int[]> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<int[]> names = new ArrayList<>();
    List<EntityType> nameTypes = new ArrayList<>();
    List<Integer> sentenceStarts = new ArrayList<>();
    List<Integer> paragraphs = new ArrayList<>();
    int paragraph = -1;
    for (String line : sentences) {
      paragraph++;
      for (String sentence : line.split(" \\|\\| ")) {
        sentenceStarts.add(tokens.size());
        int nameStart = -1;
        EntityType type = null;
        for (String raw : sentence.trim().split("\\s+")) {
          String word = raw;
          if (word.startsWith("[")) {
            type = switch (word.substring(1)) {
              case "PER" -> EntityType.PERSON;
              case "ORG" -> EntityType.ORGANIZATION;
              case "LOC" -> EntityType.LOCATION;
              default -> throw new IllegalArgumentException("Unknown name type " + word);
            };
            nameStart = tokens.size();
            continue;
          }
          boolean closes = word.endsWith("]") && word.length() > 1;
          if (closes) {
            word = word.substring(0, word.length() - 1);
          }
          String tag = null;
          int slash = word.lastIndexOf('/');
          if (slash > 0 && slash < word.length() - 1 && Character.isUpperCase(word.charAt(slash + 1))) {
            tag = word.substring(slash + 1);
            word = word.substring(0, slash);
          }
          if (text.length() > 0) {
            text.append(' ');
          }
          tokens.add(new int[] {text.length(), text.length() + word.length()});
          paragraphs.add(paragraph);
          text.append(word);
          tags.add(tag != null ? tag : defaultTag(word, nameStart >= 0));
          if (closes) {
            names.add(new int[] {nameStart, tokens.size()});
            nameTypes.add(type);
            nameStart = -1;
          }
        }
      }
      text.append('\n');
    }
    Document doc = new Document(text.toString(), ArticleInfo.none());
    int n = tokens.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int[] paragraphOf = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = tokens.get(i)[0];
      ends[i] = tokens.get(i)[1];
      paragraphOf[i] = paragraphs.get(i);
    }
    doc.setTokens(n, starts, ends, paragraphOf);
    int[] first = new int[sentenceStarts.size()];
    int[] last = new int[sentenceStarts.size()];
    for (int s = 0; s < first.length; s++) {
      first[s] = sentenceStarts.get(s);
      last[s] = s + 1 < first.length ? sentenceStarts.get(s + 1) : n;
    }
    doc.setSentences(first.length, first, last);
    doc.setPos(tags.toArray(new String[0]));
    List<NameSpan> spans = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      spans.add(new NameSpan(names.get(i)[0], names.get(i)[1], nameTypes.get(i)));
    }
    doc.setNames(spans);
    return doc;
  }

  private static String defaultTag(String word, boolean inName) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (inName || Character.isUpperCase(word.charAt(0)) && !DET.contains(lower) && !PRON.contains(lower)) {
      return "PROPN";
    }
    if (!Character.isLetterOrDigit(word.charAt(0))) {
      return word.equals("'s") ? "PART" : "PUNCT";
    }
    if (DET.contains(lower)) {
      return "DET";
    }
    if (PRON.contains(lower)) {
      return "PRON";
    }
    if (lower.equals("and") || lower.equals("or")) {
      return "CCONJ";
    }
    if (ADP.contains(lower)) {
      return "ADP";
    }
    if (NUM.contains(lower)) {
      return "NUM";
    }
    return "NOUN";
  }

  // ---- reading results

  /** The entity with this name, or null. */
  static EntityDraft named(Document doc, String name) {
    return doc.entities().stream().filter(e -> name.equals(e.name)).findFirst().orElse(null);
  }

  /** The entity the mention with exactly this text and kind refers to (the first such mention), or null. */
  static EntityDraft entityOf(Document doc, String text, MentionKind kind) {
    for (MentionDraft mention : doc.mentions()) {
      if (mention.kind == kind && doc.text(mention.tokenStart, mention.tokenEnd).equals(text)) {
        return mention.entity == null ? null : mention.entity.canonical();
      }
    }
    return null;
  }

  /** Every mention text with this kind. */
  static List<String> mentionTexts(Document doc, MentionKind kind) {
    return doc.mentions().stream().filter(m -> m.kind == kind).map(m -> doc.text(m.tokenStart, m.tokenEnd))
        .collect(Collectors.toList());
  }

  /** The roles as "title@organization" ("-" when none), with "former " before a former one. */
  static List<String> roles(EntityDraft entity) {
    List<String> roles = new ArrayList<>();
    for (RoleDraft role : entity.canonical().roles) {
      String organization = role.organization == null ? "-" : String.valueOf(role.organization.canonical().name);
      roles.add((role.former ? "former " : "") + role.title + "@" + organization);
    }
    return roles;
  }

  /** The texts of an entity's mentions, in text order. */
  static List<String> mentionsOf(Document doc, EntityDraft entity) {
    return entity.canonical().mentions.stream().sorted((a, b) -> Integer.compare(a.tokenStart, b.tokenStart))
        .map(m -> doc.text(m.tokenStart, m.tokenEnd)).collect(Collectors.toList());
  }
}
