package io.reportage.eval;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import io.reportage.Span;
import io.reportage.TextSpan;
import io.reportage.corpus.Polnear;
import io.reportage.corpus.PolnearQuotes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted quotes against PolNeAR attributions, in two ways.
 *
 * <ol>
 *   <li>Direct-quote attribution (../shared/corpora/README.md): the gold quotes are
 *       {@link PolnearQuotes#gold}; the predictions are the quotation-mark quotes (DIRECT and
 *       PARTIAL) that open with a double mark, as the gold does, and have a speaker. A prediction is
 *       right when it overlaps a gold quote not yet matched and its speaker mention overlaps the gold
 *       Source, or its speaker's name shares a capitalised word with the Source text.
 *   <li>All attributions: predicted quotes that share a cue are one predicted attribution (the
 *       partial quotes inside a reported statement, the halves of a split quote); each is matched one
 *       to one with the gold attribution whose Content it overlaps most (greedy, largest overlap
 *       first). Content F1 counts matches; source F1 counts matches whose speaker mention overlaps
 *       the gold Source (of predictions with a speaker mention, of gold with a Source); cue F1 the
 *       same with the cue.
 * </ol>
 */
public final class AttributionScorer {
  /** Capitalised words too common to identify a speaker by. */
  private static final Set<String> NOT_IDENTIFYING = Set.of("The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep",
      "Gov", "President", "Senator", "Secretary", "U", "S", "US", "U.S", "New", "Democratic", "Republican", "House",
      "Former", "Vice", "Of", "And", "In", "On", "For");

  private int directRight;
  private int directPredicted;
  private int directGold;
  private int singleMarkQuotesSkipped;
  private int attributionsPredicted;
  private int attributionsWithSpeaker;
  private int attributionsWithCue;
  private int goldAttributions;
  private int goldWithSource;
  private int goldWithCue;
  private int contentRight;
  private int sourceRight;
  private int cueRight;
  private final Map<String, int[]> directRules = new TreeMap<>();
  private final Map<String, int[]> allRules = new TreeMap<>();
  private final List<double[]> directConfidences = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final List<String> attributionErrors = new ArrayList<>();
  /** {confidence, 1 when the source is right} of every predicted attribution with a speaker. */
  private final List<double[]> sourceConfidences = new ArrayList<>();

  /** Scores one article's analysis. */
  public void add(Polnear.Article article, Analysis analysis) {
    Map<String, Entity> entities = new HashMap<>();
    analysis.entities().forEach(e -> entities.put(e.id(), e));
    scoreDirect(article, analysis, entities);
    scoreAll(article, analysis);
  }

  private void scoreDirect(Polnear.Article article, Analysis analysis, Map<String, Entity> entities) {
    String text = article.text();
    List<PolnearQuotes.GoldQuote> gold = PolnearQuotes.gold(article);
    directGold += gold.size();
    Set<PolnearQuotes.GoldQuote> matched = new HashSet<>();
    for (Quote quote : analysis.quotes()) {
      if (quote.speaker() == null || (quote.kind() != QuoteKind.DIRECT && quote.kind() != QuoteKind.PARTIAL)) {
        continue;
      }
      if (!opensWithDoubleMark(text, quote.start())) {
        singleMarkQuotesSkipped++;
        continue;
      }
      Span span = new Span(quote.start(), quote.end());
      Entity speaker = entities.get(quote.speaker());
      PolnearQuotes.GoldQuote hit = null;
      PolnearQuotes.GoldQuote overlapped = null;
      for (PolnearQuotes.GoldQuote g : gold) {
        if (matched.contains(g) || !g.span().overlaps(span)) {
          continue;
        }
        overlapped = overlapped == null ? g : overlapped;
        if (speakerRight(quote, speaker, g.attribution(), text)) {
          hit = g;
          break;
        }
      }
      directPredicted++;
      boolean right = hit != null;
      if (right) {
        matched.add(hit);
        directRight++;
      }
      int[] counts = directRules.computeIfAbsent(quote.rule(), r -> new int[2]);
      counts[0]++;
      counts[1] += right ? 1 : 0;
      directConfidences.add(new double[] {quote.confidence(), right ? 1 : 0});
      if (!right) {
        String goldSource = overlapped == null ? "(not a gold quote)" : sourceText(overlapped.attribution(), text);
        errors.add(String.format(Locale.ROOT, "WRONG [%s] %s %s: %s | said by %s (%s) | gold: %s",
            overlapped == null ? "not-gold" : errorClass(text, overlapped), article.name(), quote.rule(),
            oneLine(quote.text(), 70), speaker == null ? "?" : speaker.name(),
            quote.speakerMention() == null ? "-" : quote.speakerMention().text(), goldSource)
            + String.format(Locale.ROOT, "%n      in: %s", context(text, span)));
      }
    }
    for (PolnearQuotes.GoldQuote g : gold) {
      if (!matched.contains(g)) {
        String predicted = "nothing";
        for (Quote quote : analysis.quotes()) {
          if ((quote.kind() == QuoteKind.DIRECT || quote.kind() == QuoteKind.PARTIAL)
              && new Span(quote.start(), quote.end()).overlaps(g.span())) {
            Entity speaker = quote.speaker() == null ? null : entities.get(quote.speaker());
            predicted = quote.rule() + " " + (quote.speakerMention() == null ? "-" : quote.speakerMention().text())
                + " = " + (speaker == null ? "null" : speaker.name());
          }
        }
        errors.add(String.format(Locale.ROOT, "MISSED [%s] %s: %s | gold: %s | ours: %s%n      in: %s", errorClass(text, g), article.name(),
            oneLine(g.span().text(text), 70), sourceText(g.attribution(), text), predicted, context(text, g.span())));
      }
    }
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her", "them");

  /**
   * Where a gold quote's source stands relative to the quote, to count error classes: {@code
   * no-source}; {@code sentence} (the quote's own sentence, by the nearest full stop, question or
   * exclamation mark); {@code paragraph-before} or {@code paragraph-after} (elsewhere in its
   * paragraph); {@code previous-paragraph}; {@code further}. A colon ending the paragraph before
   * the quote's adds {@code +colon}, a source that is a pronoun {@code +pronoun}.
   */
  static String errorClass(String text, PolnearQuotes.GoldQuote gold) {
    List<Span> source = gold.attribution().source();
    if (source.isEmpty()) {
      return "no-source";
    }
    Span quote = gold.span();
    int at = source.get(0).start();
    int paragraphStart = text.lastIndexOf('\n', Math.max(0, quote.start() - 1)) + 1;
    int paragraphEnd = text.indexOf('\n', quote.end());
    paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
    String where;
    if (at >= paragraphStart && at < paragraphEnd) {
      // Only the words between the source and the quote count: the quote's own stops do not.
      boolean sameSentence = at < quote.start() ? noStop(text, at, quote.start()) : noStop(text, quote.end(), at);
      where = sameSentence ? "sentence" : at < quote.start() ? "paragraph-before" : "paragraph-after";
    } else {
      int previousEnd = paragraphStart;
      while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
        previousEnd--;
      }
      int previousStart = text.lastIndexOf('\n', Math.max(0, previousEnd - 1)) + 1;
      where = at >= previousStart && at < paragraphStart ? "previous-paragraph" : "further";
    }
    String before = text.substring(0, paragraphStart).stripTrailing();
    if (!before.isEmpty() && before.endsWith(":")) {
      where += "+colon";
    }
    if (source.size() == 1 && PRONOUNS.contains(source.get(0).text(text).toLowerCase(Locale.ROOT))) {
      where += "+pronoun";
    }
    return where;
  }

  /** Whether no full stop, question or exclamation mark followed by a space stands in [from, to). */
  private static boolean noStop(String text, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if ((ch == '.' || ch == '?' || ch == '!') && (c + 1 >= text.length() || Character.isWhitespace(text.charAt(c + 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensWithDoubleMark(String text, int start) {
    char c = text.charAt(start);
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB';
  }

  private static boolean speakerRight(Quote quote, Entity speaker, Polnear.Attribution gold, String text) {
    TextSpan mention = quote.speakerMention();
    if (mention != null && Polnear.overlapsAny(gold.source(), mention.span())) {
      return true;
    }
    return speaker != null && sharesName(speaker.name(), gold, text);
  }

  /**
   * Whether a speaker's name shares a capitalised word with the text of the gold Source (words too
   * common to identify anyone, such as "The" or "President", do not count).
   */
  public static boolean sharesName(String name, Polnear.Attribution gold, String text) {
    if (name == null) {
      return false;
    }
    Set<String> nameWords = capitalisedWords(name);
    for (Span source : gold.source()) {
      for (String word : capitalisedWords(source.text(text))) {
        if (nameWords.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> capitalisedWords(String s) {
    Set<String> words = new HashSet<>();
    for (String word : s.split("[^\\p{L}\\p{N}.'’-]+")) {
      String w = word.replaceAll("[.'’]+$", "").replaceAll("['’]s$", "");
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_IDENTIFYING.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** One predicted attribution: the quotes that share a cue. */
  private record Predicted(List<Quote> quotes, List<Span> content, String rule) {
  }

  private void scoreAll(Polnear.Article article, Analysis analysis) {
    List<Predicted> predicted = groupByCue(analysis);
    List<Polnear.Attribution> gold = article.attributions().stream().filter(a -> !a.content().isEmpty()).toList();
    goldAttributions += gold.size();
    goldWithSource += (int) gold.stream().filter(Polnear.Attribution::hasSource).count();
    goldWithCue += (int) gold.stream().filter(a -> !a.cue().isEmpty()).count();

    record Pair(int p, int g, int overlap) {
    }
    List<Pair> pairs = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        int overlap = 0;
        for (Span span : predicted.get(p).content()) {
          overlap += gold.get(g).contentOverlap(span);
        }
        if (overlap > 0) {
          pairs.add(new Pair(p, g, overlap));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
    int[] goldOf = new int[predicted.size()];
    java.util.Arrays.fill(goldOf, -1);
    boolean[] goldTaken = new boolean[gold.size()];
    for (Pair pair : pairs) {
      if (goldOf[pair.p()] < 0 && !goldTaken[pair.g()]) {
        goldOf[pair.p()] = pair.g();
        goldTaken[pair.g()] = true;
      }
    }
    String text = article.text();
    for (int g = 0; g < gold.size(); g++) {
      if (!goldTaken[g]) {
        Polnear.Attribution missed = gold.get(g);
        int index = g;
        attributionErrors.add(String.format(Locale.ROOT, "MISSED %s %s | cue: %s | source: %s | content: %s", article.name(),
            missedKind(pairs.stream().filter(pair -> pair.g() == index).map(Pair::p).toList(), predicted, missed),
            joined(missed.cue(), text), joined(missed.source(), text), oneLine(joined(missed.content(), text), 90)));
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      Predicted prediction = predicted.get(p);
      attributionsPredicted++;
      List<Span> mentions = new ArrayList<>();
      List<Span> cues = new ArrayList<>();
      for (Quote quote : prediction.quotes()) {
        if (quote.speakerMention() != null) {
          mentions.add(quote.speakerMention().span());
        }
        if (quote.cue() != null) {
          cues.add(quote.cue().span());
        }
      }
      attributionsWithSpeaker += mentions.isEmpty() ? 0 : 1;
      double confidence = prediction.quotes().stream().mapToDouble(Quote::confidence).max().orElse(0);
      double[] scored = {confidence, 0};
      if (!mentions.isEmpty()) {
        sourceConfidences.add(scored);
      }
      attributionsWithCue += cues.isEmpty() ? 0 : 1;
      int[] counts = allRules.computeIfAbsent(prediction.rule(), r -> new int[3]);
      counts[0]++;
      int g = goldOf[p];
      if (g < 0) {
        Quote first = prediction.quotes().get(0);
        attributionErrors.add(String.format(Locale.ROOT, "EXTRA %s %s | %s | %s", article.name(), prediction.rule(),
            first.cue() == null ? "-" : first.cue().text(), oneLine(first.text(), 90)));
        continue;
      }
      contentRight++;
      counts[1]++;
      Polnear.Attribution match = gold.get(g);
      if (mentions.stream().anyMatch(m -> Polnear.overlapsAny(match.source(), m))) {
        sourceRight++;
        counts[2]++;
        scored[1] = 1;
      } else {
        attributionErrors.add(String.format(Locale.ROOT, "SOURCE %s %s %s | ours: %s | gold: %s | cue: %s | content: %s", article.name(),
            prediction.rule(), sourceErrorKind(mentions, match, prediction, gold), mentions.isEmpty() ? "-" : mentions.get(0).text(text),
            joined(match.source(), text),
            joined(match.cue(), text), oneLine(joined(match.content(), text), 80)));
      }
      if (cues.stream().anyMatch(c -> Polnear.overlapsAny(match.cue(), c))) {
        cueRight++;
      }
    }
  }

  /**
   * Why a gold attribution went unmatched: [merged] a prediction overlaps its content but was
   * matched to another gold attribution it overlaps more (we joined two statements, or read an
   * inner one as part of the outer), [cue-only] a prediction's cue overlaps its cue but not its
   * content, else [unseen] (no cue found, or its frame dropped).
   */
  private static String missedKind(List<Integer> overlapping, List<Predicted> predicted, Polnear.Attribution missed) {
    if (!overlapping.isEmpty()) {
      return "[merged:" + predicted.get(overlapping.get(0)).rule() + "]";
    }
    for (Predicted prediction : predicted) {
      for (Quote quote : prediction.quotes()) {
        if (quote.cue() != null && Polnear.overlapsAny(missed.cue(), quote.cue().span())) {
          return "[cue-only:" + prediction.rule() + "]";
        }
      }
    }
    return "[unseen]";
  }

  /**
   * Why a matched prediction's speaker is wrong: [no-source] the gold has none, [inside-content] our
   * speaker stands inside the gold content (we read a nested attribution), [other-source] it is the
   * Source of another gold attribution whose content we overlap (we merged or confused two), else
   * [elsewhere].
   */
  private static String sourceErrorKind(List<Span> mentions, Polnear.Attribution match, Predicted prediction,
      List<Polnear.Attribution> gold) {
    if (!match.hasSource()) {
      return "[no-source]";
    }
    if (mentions.isEmpty()) {
      return "[no-mention]";
    }
    Span mention = mentions.get(0);
    if (Polnear.overlapsAny(match.content(), mention)) {
      return "[inside-content]";
    }
    for (Polnear.Attribution other : gold) {
      if (other != match && Polnear.overlapsAny(other.source(), mention)) {
        for (Span span : prediction.content()) {
          if (other.contentOverlap(span) > 0) {
            return "[other-source]";
          }
        }
      }
    }
    return "[elsewhere]";
  }

  private static List<Predicted> groupByCue(Analysis analysis) {
    Map<Object, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote quote : analysis.quotes()) {
      if (quote.speaker() == null && quote.cue() == null) {
        continue;
      }
      Object key = quote.cue() != null ? quote.cue().span() : quote.id();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(quote);
    }
    List<Predicted> predicted = new ArrayList<>();
    for (List<Quote> quotes : groups.values()) {
      List<Span> content = new ArrayList<>();
      for (Quote quote : quotes) {
        if (content.stream().noneMatch(s -> s.contains(new Span(quote.start(), quote.end())))) {
          content.removeIf(s -> new Span(quote.start(), quote.end()).contains(s));
          content.add(new Span(quote.start(), quote.end()));
        }
      }
      Quote representative = quotes.stream().filter(q -> q.kind() == QuoteKind.INDIRECT || q.kind() == QuoteKind.MIXED)
          .findFirst().orElse(quotes.get(0));
      predicted.add(new Predicted(quotes, content, representative.rule()));
    }
    return predicted;
  }

  private static String joined(List<Span> spans, String text) {
    StringBuilder out = new StringBuilder();
    for (Span span : spans) {
      out.append(out.length() > 0 ? " " : "").append(span.text(text));
    }
    return out.toString();
  }

  private static String sourceText(Polnear.Attribution attribution, String text) {
    StringBuilder out = new StringBuilder();
    for (Span span : attribution.source()) {
      out.append(out.length() > 0 ? " " : "").append(span.text(text));
    }
    return out.length() == 0 ? "(no source)" : out.toString();
  }

  /** The line around a span, shortened to about 160 characters on each side. */
  private static String context(String text, Span span) {
    int from = Math.max(text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1, span.start() - 160);
    int to = text.indexOf('\n', span.end());
    to = Math.min(to < 0 ? text.length() : to, span.end() + 160);
    return text.substring(from, to).replace('\n', ' ');
  }

  private static String oneLine(String s, int max) {
    String line = s.replace('\n', ' ');
    return line.length() <= max ? line : line.substring(0, max) + "…";
  }

  public Prf direct() {
    return Prf.oneToOne(directRight, directPredicted, directGold);
  }

  public Prf content() {
    return Prf.oneToOne(contentRight, attributionsPredicted, goldAttributions);
  }

  public Prf source() {
    return Prf.oneToOne(sourceRight, attributionsWithSpeaker, goldWithSource);
  }

  public Prf cue() {
    return Prf.oneToOne(cueRight, attributionsWithCue, goldWithCue);
  }

  public int singleMarkQuotesSkipped() {
    return singleMarkQuotesSkipped;
  }

  /** Rule name to {attributed, right} for the direct-quote score. */
  public Map<String, int[]> directRules() {
    return directRules;
  }

  /** Rule name to {predicted attributions, content matched, source right}. */
  public Map<String, int[]> allRules() {
    return allRules;
  }

  /** The probability that a right direct attribution has a higher confidence than a wrong one (ties count half). */
  public double confidenceAuc() {
    List<double[]> sorted = new ArrayList<>(directConfidences);
    sorted.sort(Comparator.comparingDouble(c -> c[0]));
    long positives = sorted.stream().filter(c -> c[1] > 0).count();
    long negatives = sorted.size() - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    // Rank-sum with average ranks for ties.
    double rankSum = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
        j++;
      }
      double averageRank = (i + 1 + j) / 2.0;
      for (int k = i; k < j; k++) {
        if (sorted.get(k)[1] > 0) {
          rankSum += averageRank;
        }
      }
      i = j;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** The direct-quote score when attributions below {@code minimum} confidence are left out. */
  public Prf directAbove(double minimum) {
    int right = 0;
    int predicted = 0;
    for (double[] c : directConfidences) {
      if (c[0] >= minimum) {
        predicted++;
        right += c[1] > 0 ? 1 : 0;
      }
    }
    return Prf.oneToOne(right, predicted, directGold);
  }

  /**
   * The all-attribution source score when attributions below {@code minimum} confidence are left
   * out (matching kept as it was: an estimate of what a confidence cut-off would give).
   */
  public Prf sourceAbove(double minimum) {
    int right = 0;
    int predicted = 0;
    for (double[] c : sourceConfidences) {
      if (c[0] >= minimum) {
        predicted++;
        right += c[1] > 0 ? 1 : 0;
      }
    }
    return Prf.oneToOne(right, predicted, goldWithSource);
  }

  /** Mean confidence of right and of wrong direct attributions. */
  public double[] meanConfidence() {
    double[] sum = new double[2];
    int[] count = new int[2];
    for (double[] c : directConfidences) {
      int k = c[1] > 0 ? 0 : 1;
      sum[k] += c[0];
      count[k]++;
    }
    return new double[] {count[0] == 0 ? 0 : sum[0] / count[0], count[1] == 0 ? 0 : sum[1] / count[1]};
  }

  public List<String> errors() {
    return errors;
  }

  /** Gold attributions missed (MISSED), predictions matching none (EXTRA), matches with a wrong source (SOURCE). */
  public List<String> attributionErrors() {
    return attributionErrors;
  }
}
