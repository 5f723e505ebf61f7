package io.reportage.pipeline;

import io.reportage.ArticleInfo;
import io.reportage.Boilerplate;
import io.reportage.Span;
import io.reportage.NameSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The working container that flows through the {@link Pipeline}: the original text and, in
 * columns, what the stages find in it. A token is an index; spans are character offsets (UTF-16
 * indices, end exclusive) into {@link #text()}. One document is worked on by one thread. Internal,
 * as the whole package: users see only the immutable {@code Analysis} built from it.
 *
 * <p>Layers, in the order the stages add them:
 * <ul>
 *   <li>structure: {@link #headline()}, {@link #source()}, {@link #body()}, {@link #boilerplate()},
 *       and {@link #paragraphs()}, the stretches of text that are analysed (the headline first when
 *       there is one, then the body's paragraphs; never the credit line nor boilerplate);
 *   <li>tokens: {@link #tokenStart(int)}, {@link #tokenEnd(int)}, {@link #token(int)} as written,
 *       {@link #norm(int)} with typographic quotes and apostrophes made straight (what models read),
 *       {@link #lower(int)} (what lexicons read), and the paragraph of each token;
 *   <li>sentences over tokens; a sentence never crosses a paragraph;
 *   <li>part-of-speech tags, one per token, with a lemma per token and the tokens whose tag says
 *       noun where the words around say verb;
 *   <li>noun chunks: base noun phrases over tokens, at most one per token;
 *   <li>names found by the entity recognizer, as token ranges;
 *   <li>entities with their mentions and roles, and {@link #mentionAt(int)}, the mention at a
 *       token; quotes; events.
 * </ul>
 */
public final class Document {
  private final String text;
  private final ArticleInfo info;

  private Span headline;
  private Span source;
  private Span body;
  private List<Boilerplate> boilerplate = List.of();
  private List<Span> paragraphs = List.of();

  private int tokenCount;
  private int[] tokenStart = new int[0];
  private int[] tokenEnd = new int[0];
  private int[] tokenParagraph = new int[0];
  private String[] tokens = new String[0];
  private String[] norms = new String[0];
  private String[] lowers = new String[0];

  private int sentenceCount;
  private int[] sentenceStart = new int[0];
  private int[] sentenceEnd = new int[0];
  private int[] tokenSentence = new int[0];

  private String[] pos;
  private String[] lemmas;
  private boolean[] verbalNoun;

  private int chunkCount;
  private int[] chunkStart = new int[0];
  private int[] chunkEnd = new int[0];
  private int[] tokenChunk;

  private List<NameSpan> names = List.of();

  private final List<EntityDraft> entities = new ArrayList<>();
  private final List<MentionDraft> mentions = new ArrayList<>();
  private final List<QuoteDraft> quotes = new ArrayList<>();
  private final List<EventDraft> events = new ArrayList<>();
  private final MentionCoverage coverage = new MentionCoverage();

  private int progressOffset = -1;
  private final java.util.Map<Layer, Object> stageData = new java.util.EnumMap<>(Layer.class);

  public Document(String text, ArticleInfo info) {
    this.text = Objects.requireNonNull(text, "text");
    this.info = Objects.requireNonNull(info, "info");
    this.body = new Span(0, text.length());
  }

  public String text() {
    return text;
  }

  public ArticleInfo info() {
    return info;
  }

  // ---- structure

  /** The headline, or null. */
  public Span headline() {
    return headline;
  }

  /** The credited outlet's name ("RT"), or null. */
  public Span source() {
    return source;
  }

  public Span body() {
    return body;
  }

  public List<Boilerplate> boilerplate() {
    return boilerplate;
  }

  /** The stretches of text that are analysed, in order: the headline when there is one, then the body's paragraphs. */
  public List<Span> paragraphs() {
    return paragraphs;
  }

  /** Whether paragraph {@code index} is the headline. */
  public boolean isHeadline(int paragraphIndex) {
    return headline != null && paragraphIndex == 0 && paragraphs.get(0).equals(headline);
  }

  public void setStructure(Span headline, Span source, Span body, List<Boilerplate> boilerplate, List<Span> paragraphs) {
    this.headline = headline;
    this.source = source;
    this.body = Objects.requireNonNull(body, "body");
    this.boilerplate = List.copyOf(boilerplate);
    this.paragraphs = List.copyOf(paragraphs);
  }

  // ---- tokens

  public int tokenCount() {
    return tokenCount;
  }

  /**
   * Sets the tokens. Arrays may be longer than {@code count}; they are trimmed. Norms and lower
   * forms are derived here so every stage reads the same ones.
   */
  public void setTokens(int count, int[] starts, int[] ends, int[] paragraphOfToken) {
    this.tokenCount = count;
    this.tokenStart = Arrays.copyOf(starts, count);
    this.tokenEnd = Arrays.copyOf(ends, count);
    this.tokenParagraph = Arrays.copyOf(paragraphOfToken, count);
    this.tokens = new String[count];
    this.norms = new String[count];
    this.lowers = new String[count];
    // One string per distinct word, not per token: a long text repeats its words, and three string
    // columns of a copy per token were the largest part of the heap on long, repetitive input.
    Map<String, String> distinct = new HashMap<>();
    for (int i = 0; i < count; i++) {
      if (tokenEnd[i] <= tokenStart[i] || (i > 0 && tokenStart[i] < tokenEnd[i - 1])) {
        throw new IllegalArgumentException("Token " + i + " at [" + tokenStart[i] + ", " + tokenEnd[i] + ") is empty or overlaps the one before");
      }
      tokens[i] = distinct.computeIfAbsent(text.substring(tokenStart[i], tokenEnd[i]), word -> word);
      norms[i] = distinct.computeIfAbsent(normalize(tokens[i]), word -> word);
      lowers[i] = distinct.computeIfAbsent(norms[i].toLowerCase(Locale.ROOT), word -> word);
    }
  }

  /** Straightens typographic quotes and apostrophes, as the models were trained on straight ones. */
  static String normalize(String token) {
    boolean plain = true;
    for (int i = 0; i < token.length() && plain; i++) {
      char c = token.charAt(i);
      plain = c != '\u2018' && c != '\u2019' && c != '\u201C' && c != '\u201D' && c != '\u201E' && c != '\u00AB' && c != '\u00BB';
    }
    if (plain) {
      return token;
    }
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      switch (c) {
        case '\u2018', '\u2019' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> out.append('"');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  public int tokenStart(int token) {
    return tokenStart[token];
  }

  public int tokenEnd(int token) {
    return tokenEnd[token];
  }

  /** The token as written. */
  public String token(int token) {
    return tokens[token];
  }

  /** The token with straight quotes and apostrophes. */
  public String norm(int token) {
    return norms[token];
  }

  /** The normalized token in lower case, as lexicons are keyed. */
  public String lower(int token) {
    return lowers[token];
  }

  /** All normalized lower-case tokens; do not modify. Handy for {@code Lexicon.longestMatch}. */
  public String[] lowers() {
    return lowers;
  }

  /** All normalized tokens; do not modify. */
  public String[] norms() {
    return norms;
  }

  public int paragraphOf(int token) {
    return tokenParagraph[token];
  }

  /** The character span of the tokens {@code [from, to)}. */
  public Span span(int fromToken, int toToken) {
    if (fromToken >= toToken) {
      throw new IllegalArgumentException("An empty token range [" + fromToken + ", " + toToken + ")");
    }
    return new Span(tokenStart[fromToken], tokenEnd[toToken - 1]);
  }

  public Span tokenSpan(int token) {
    return new Span(tokenStart[token], tokenEnd[token]);
  }

  /** The text of the tokens {@code [from, to)} as written, with the spacing of the original. */
  public String text(int fromToken, int toToken) {
    return text.substring(tokenStart[fromToken], tokenEnd[toToken - 1]);
  }

  /** The index of the first token that ends after {@code offset}, or {@link #tokenCount()} when none does. */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokenCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenEnd[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the token that contains {@code offset}, or -1. */
  public int tokenContaining(int offset) {
    int token = tokenAtOrAfter(offset);
    return token < tokenCount && tokenStart[token] <= offset ? token : -1;
  }

  /** The token range {@code [first, end)} of the tokens inside {@code span}, as a two-element array. */
  public int[] tokensWithin(Span span) {
    int first = tokenAtOrAfter(span.start());
    while (first < tokenCount && tokenStart[first] < span.start()) {
      first++;
    }
    int end = first;
    while (end < tokenCount && tokenEnd[end] <= span.end()) {
      end++;
    }
    return new int[] {first, end};
  }

  // ---- sentences

  public int sentenceCount() {
    return sentenceCount;
  }

  /** Sets sentences as token ranges; they must be in order, non-empty and cover the tokens without gaps. */
  public void setSentences(int count, int[] firstToken, int[] endToken) {
    int[] of = new int[tokenCount];
    int expected = 0;
    for (int s = 0; s < count; s++) {
      if (firstToken[s] != expected || endToken[s] <= firstToken[s]) {
        throw new IllegalArgumentException("Sentence " + s + " [" + firstToken[s] + ", " + endToken[s] + ") does not continue at token " + expected);
      }
      Arrays.fill(of, firstToken[s], endToken[s], s);
      expected = endToken[s];
    }
    if (expected != tokenCount) {
      throw new IllegalArgumentException("Sentences end at token " + expected + " of " + tokenCount);
    }
    this.sentenceCount = count;
    this.sentenceStart = Arrays.copyOf(firstToken, count);
    this.sentenceEnd = Arrays.copyOf(endToken, count);
    this.tokenSentence = of;
  }

  /** First token of a sentence. */
  public int sentenceStart(int sentence) {
    return sentenceStart[sentence];
  }

  /** Token after the last of a sentence. */
  public int sentenceEnd(int sentence) {
    return sentenceEnd[sentence];
  }

  public int sentenceOf(int token) {
    return tokenSentence[token];
  }

  /** The paragraph a sentence lies in. */
  public int paragraphOfSentence(int sentence) {
    return tokenParagraph[sentenceStart[sentence]];
  }

  // ---- part of speech

  /** Universal Dependencies part-of-speech tag of a token ("PROPN", "VERB", ...). */
  public String pos(int token) {
    return pos[token];
  }

  public boolean hasPos() {
    return pos != null;
  }

  public void setPos(String[] tags) {
    if (tags.length != tokenCount) {
      throw new IllegalArgumentException(tags.length + " tags for " + tokenCount + " tokens");
    }
    this.pos = tags.clone();
  }

  // ---- lemmas

  /**
   * The lemma of a token, lower case: "say" for "said", "official" for "officials", the lower-cased
   * token itself for words that do not inflect or are not known to.
   */
  public String lemma(int token) {
    return lemmas[token];
  }

  public boolean hasLemmas() {
    return lemmas != null;
  }

  /** Sets every lemma; the array is kept, not copied. */
  public void setLemmas(String[] lemmas) {
    if (lemmas.length != tokenCount) {
      throw new IllegalArgumentException(lemmas.length + " lemmas for " + tokenCount + " tokens");
    }
    this.lemmas = lemmas;
  }

  /** Sets the lemma of one token, after its tag changed. */
  public void setLemma(int token, String lemma) {
    lemmas[token] = Objects.requireNonNull(lemma, "lemma");
  }

  // ---- nouns read as verbs

  /**
   * Whether a token tagged NOUN reads as a verb from the words around it ("Police detain a
   * protester", "were shot"). The tag itself is left as the tagger gave it; rules that look for
   * verbs of events read this as well.
   */
  public boolean isVerbalNoun(int token) {
    return verbalNoun != null && verbalNoun[token];
  }

  /** Sets the nouns that read as verbs; the array is kept, not copied. */
  public void setVerbalNouns(boolean[] verbalNouns) {
    if (verbalNouns.length != tokenCount) {
      throw new IllegalArgumentException(verbalNouns.length + " flags for " + tokenCount + " tokens");
    }
    this.verbalNoun = verbalNouns;
  }

  // ---- noun chunks

  /** The number of noun chunks, base noun phrases in text order ("the Kremlin's new spokesman"). */
  public int nounChunkCount() {
    return chunkCount;
  }

  /** First token of a noun chunk. */
  public int nounChunkStart(int chunk) {
    return chunkStart[chunk];
  }

  /** Token after the last of a noun chunk; the last token is the chunk's head. */
  public int nounChunkEnd(int chunk) {
    return chunkEnd[chunk];
  }

  /** The noun chunk a token lies in, or -1. */
  public int nounChunkOf(int token) {
    return tokenChunk == null ? -1 : tokenChunk[token];
  }

  public boolean hasNounChunks() {
    return tokenChunk != null;
  }

  /**
   * Sets the noun chunks as token ranges; they must be in order, non-empty, not overlap and not
   * cross a sentence. The arrays may be longer than {@code count}.
   */
  public void setNounChunks(int count, int[] starts, int[] ends) {
    int[] of = new int[tokenCount];
    Arrays.fill(of, -1);
    int previousEnd = 0;
    for (int c = 0; c < count; c++) {
      if (starts[c] < previousEnd || ends[c] <= starts[c] || ends[c] > tokenCount
          || sentenceCount > 0 && tokenSentence[starts[c]] != tokenSentence[ends[c] - 1]) {
        throw new IllegalArgumentException("Noun chunk " + c + " [" + starts[c] + ", " + ends[c] + ") is empty, out of order or crosses a sentence");
      }
      Arrays.fill(of, starts[c], ends[c], c);
      previousEnd = ends[c];
    }
    this.chunkCount = count;
    this.chunkStart = Arrays.copyOf(starts, count);
    this.chunkEnd = Arrays.copyOf(ends, count);
    this.tokenChunk = of;
  }

  // ---- names

  /** Names found by the recognizer, as document token ranges, in text order. */
  public List<NameSpan> names() {
    return names;
  }

  public void setNames(List<NameSpan> names) {
    List<NameSpan> sorted = new ArrayList<>(names);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (NameSpan name : sorted) {
      if (name.end() > tokenCount) {
        throw new IllegalArgumentException("Name " + name + " runs past the last token " + tokenCount);
      }
    }
    this.names = List.copyOf(sorted);
  }

  // ---- entities and mentions

  /** The entities, without those merged into others. Modify through {@link #addEntity} and {@link #merge}. */
  public List<EntityDraft> entities() {
    return Collections.unmodifiableList(entities);
  }

  /** Every mention in the document, in the order added. */
  public List<MentionDraft> mentions() {
    return Collections.unmodifiableList(mentions);
  }

  public EntityDraft addEntity(EntityDraft entity) {
    entities.add(entity);
    return entity;
  }

  /** Adds a mention and, when {@code entity} is not null, links it to the entity. */
  public MentionDraft addMention(MentionDraft mention, EntityDraft entity) {
    if (mention.tokenEnd > tokenCount) {
      throw new IllegalArgumentException(mention + " runs past the last token " + tokenCount);
    }
    mentions.add(mention);
    coverage.added(mention);
    if (entity != null) {
      link(mention, entity);
    }
    return mention;
  }

  /**
   * The longest mention that covers {@code token}, linked to an entity or not; of equally long ones
   * the one added first; null when none does. The index behind it is kept up to date as mentions
   * are added, and rebuilt once after a removal, so that a look-up is constant time.
   */
  public MentionDraft mentionAt(int token) {
    return coverage.at(token, tokenCount, mentions);
  }

  /** Links a mention to an entity, moving it from the entity it was linked to before. */
  public void link(MentionDraft mention, EntityDraft entity) {
    EntityDraft target = entity.canonical();
    if (mention.entity != null) {
      mention.entity.canonical().mentions.remove(mention);
    }
    mention.entity = target;
    target.mentions.add(mention);
  }

  /** Removes a mention from the document and from its entity. */
  public void removeMention(MentionDraft mention) {
    if (mentions.remove(mention)) {
      coverage.removed();
    }
    if (mention.entity != null) {
      mention.entity.canonical().mentions.remove(mention);
      mention.entity = null;
    }
  }

  /** Merges {@code absorbed} into {@code kept}: mentions and roles move; references to the absorbed draft resolve through {@link EntityDraft#canonical()}. */
  public EntityDraft merge(EntityDraft kept, EntityDraft absorbed) {
    EntityDraft keep = kept.canonical();
    EntityDraft drop = absorbed.canonical();
    if (keep == drop) {
      return keep;
    }
    for (MentionDraft mention : drop.mentions) {
      mention.entity = keep;
      keep.mentions.add(mention);
    }
    drop.mentions.clear();
    keep.roles.addAll(drop.roles);
    drop.roles.clear();
    if (keep.name == null || (drop.name != null && drop.name.length() > keep.name.length())) {
      keep.name = drop.name;
    }
    if (keep.gender == null) {
      keep.gender = drop.gender;
    }
    drop.mergedInto = keep;
    entities.remove(drop);
    return keep;
  }

  /** The mention whose tokens are exactly {@code [start, end)}, or null. */
  public MentionDraft mentionExactly(int start, int end) {
    for (MentionDraft mention : mentions) {
      if (mention.tokenStart == start && mention.tokenEnd == end) {
        return mention;
      }
    }
    return null;
  }

  // ---- quotes and events

  /** The quotes, modifiable by the quote stages. */
  public List<QuoteDraft> quotes() {
    return quotes;
  }

  /** The events, modifiable by the event stages. */
  public List<EventDraft> events() {
    return events;
  }

  // ---- data one package's stages hand on to their later stages

  /**
   * Stores what stages hand on to later stages of their own package under {@code layer} (the
   * attribution frames, which only the quote stages read); null removes it.
   */
  public void setStageData(Layer layer, Object data) {
    Objects.requireNonNull(layer, "layer");
    if (data == null) {
      stageData.remove(layer);
    } else {
      stageData.put(layer, data);
    }
  }

  /** The data stored under {@code layer}, or null when there is none. */
  public <T> T stageData(Layer layer, Class<T> type) {
    return type.cast(stageData.get(layer));
  }

  // ---- progress, for error messages

  /** The offset a stage last reported working at, or -1. */
  public int progressOffset() {
    return progressOffset;
  }

  /** Lets a stage say where it is working, so that a failure can name the place. */
  public void reportProgress(int offset) {
    this.progressOffset = offset;
  }
}
