package io.reportage.eval;

import io.reportage.Analysis;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Extractor;
import io.reportage.Mention;
import io.reportage.MentionKind;
import io.reportage.Profile;
import io.reportage.Span;
import io.reportage.corpus.Conll2003;
import io.reportage.corpus.Fold;
import io.reportage.corpus.SharedCorpora;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named entities on CoNLL-2003, scored as follows: each document's text is its
 * sentences' tokens joined by spaces, one sentence a line; it runs through {@link Extractor#analyze};
 * the mentions of kind NAME are compared with the gold PER, ORG and LOC names by exact character
 * span and type (MISC is ignored). Run from the project root:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.eval.Evaluate conll --split valid [--profile fast|accurate] [--errors 50]
 * </pre>
 * Prints precision, recall and F1 per type and overall, the share of gold tokens that the article
 * structure stage left in the analysed text (the rest can never be found), and tokens per second.
 * {@code --fold i/K} reads only the documents of one {@link Fold} (document j when j mod K is i, as
 * {@code TrainNameFinder --folds K} and {@code --holdout i/K} leave them out), so that a model trained
 * without them is scored through the whole pipeline on train documents instead of valid.
 * {@code --steps} adds {@link ConllNameSteps}: the score after each entity step of the pipeline,
 * beside the model's own on CoNLL's tokens, and what each step changed.
 */
public final class ConllEvaluation {
  /** The types CoNLL's PER, ORG and LOC annotate; names of other types are not scored. */
  static final Set<EntityType> SCORED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private ConllEvaluation() {
  }

  /** A gold or predicted name: character span and type. */
  record Name(int start, int end, EntityType type) {
  }

  /** True positives, false positives and false negatives of one type, or of all. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts other) {
      return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
          falseNegatives + other.falseNegatives);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  /**
   * What one evaluation found.
   *
   * @param byType counts per entity type
   * @param goldTokens tokens in the gold documents
   * @param analysedTokens gold tokens that lie inside the headline or body the extractor analysed
   * @param nanos time spent in {@link Extractor#analyze}
   * @param errors up to the requested number of wrong or missed names, as readable lines
   */
  public record Result(Map<EntityType, Counts> byType, int goldTokens, int analysedTokens, long nanos, List<String> errors) {
    public Counts overall() {
      Counts total = new Counts(0, 0, 0);
      for (Counts counts : byType.values()) {
        total = total.plus(counts);
      }
      return total;
    }

    public double tokensPerSecond() {
      return goldTokens / (nanos / 1e9);
    }

    public void print(PrintStream out) {
      out.printf(Locale.ROOT, "%-13s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
      for (Map.Entry<EntityType, Counts> entry : byType.entrySet()) {
        printRow(out, entry.getKey().name(), entry.getValue());
      }
      printRow(out, "overall", overall());
      out.printf(Locale.ROOT, "gold tokens analysed: %d of %d (%.2f%%)%n", analysedTokens, goldTokens,
          100.0 * analysedTokens / goldTokens);
      out.printf(Locale.ROOT, "throughput: %.0f tokens/s (%d tokens in %.2f s, one thread)%n", tokensPerSecond(),
          goldTokens, nanos / 1e9);
    }

    private static void printRow(PrintStream out, String label, Counts c) {
      out.printf(Locale.ROOT, "%-13s %9.4f %9.4f %9.4f %6d %6d %6d%n", label, c.precision(), c.recall(), c.f1(),
          c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
  }

  public static void main(String[] args) throws Exception {
    String split = "valid";
    Profile profile = Profile.FAST;
    int errors = 0;
    Fold fold = null;
    boolean steps = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--profile" -> profile = Profile.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--errors" -> errors = Integer.parseInt(args[++i]);
        case "--fold" -> fold = Fold.parse(args[++i]);
        case "--steps" -> steps = true;
        default -> {
          System.err.println("Usage: Evaluate conll [--split valid|train] [--fold i/K] [--profile fast|accurate]"
              + " [--errors N] [--steps]");
          System.exit(2);
        }
      }
    }
    List<Conll2003.Doc> docs = Conll2003.read(SharedCorpora.corpus("conll2003/" + split + ".txt"));
    if (fold != null) {
      docs = fold.of(docs);
    }
    if (steps) {
      System.out.printf(Locale.ROOT, "CoNLL-2003 %s%s, %d documents, profile FAST, step by step%n", split,
          fold == null ? "" : " fold " + fold.index() + "/" + fold.count(), docs.size());
      ConllNameSteps.compare(docs, errors).print(System.out);
      return;
    }
    long started = System.nanoTime();
    Extractor extractor = Extractor.builder().profile(profile).build();
    System.out.printf(Locale.ROOT, "CoNLL-2003 %s%s, %d documents, profile %s (built in %.2f s)%n", split,
        fold == null ? "" : " fold " + fold.index() + "/" + fold.count(), docs.size(), profile, (System.nanoTime() - started) / 1e9);
    // One untimed pass first, so that the timed one measures a warm JVM.
    evaluate(docs, extractor, 0);
    Result result = evaluate(docs, extractor, errors);
    result.print(System.out);
    result.errors().forEach(System.out::println);
  }

  /** Runs every document through the extractor and scores its NAME mentions against the gold names. */
  public static Result evaluate(List<Conll2003.Doc> docs, Extractor extractor, int maxErrors) {
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType type : SCORED) {
      counts.put(type, new int[3]);
    }
    List<String> errors = new ArrayList<>();
    int goldTokens = 0;
    int analysedTokens = 0;
    long nanos = 0;
    for (Conll2003.Doc doc : docs) {
      String text = doc.text();
      long started = System.nanoTime();
      Analysis analysis = extractor.analyze(text);
      nanos += System.nanoTime() - started;

      for (int[] token : doc.tokenOffsets()) {
        goldTokens++;
        if (analysed(analysis, token[0], token[1])) {
          analysedTokens++;
        }
      }
      Set<Name> gold = gold(doc);
      Set<Name> found = found(analysis);
      for (Name name : found) {
        if (!SCORED.contains(name.type())) {
          continue; // a type CoNLL does not annotate, as MISC is one the extractor does not report
        }
        counts.get(name.type())[gold.contains(name) ? 0 : 1]++;
        if (!gold.contains(name) && errors.size() < maxErrors) {
          errors.add("wrong   " + describe(name, text));
        }
      }
      for (Name name : gold) {
        if (!found.contains(name)) {
          counts.get(name.type())[2]++;
          if (errors.size() < maxErrors) {
            errors.add("missed  " + describe(name, text));
          }
        }
      }
    }
    Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
    counts.forEach((type, c) -> byType.put(type, new Counts(c[0], c[1], c[2])));
    return new Result(byType, goldTokens, analysedTokens, nanos, errors);
  }

  private static boolean analysed(Analysis analysis, int start, int end) {
    Span body = analysis.body();
    boolean inBody = body.start() <= start && end <= body.end();
    boolean inHeadline = analysis.headline() != null && analysis.headline().start() <= start
        && end <= analysis.headline().end();
    boolean inSource = analysis.source() != null && analysis.source().start() < end && start < analysis.source().end();
    return (inBody || inHeadline) && !inSource;
  }

  static Set<Name> gold(Conll2003.Doc doc) {
    Set<Name> gold = new HashSet<>();
    for (Conll2003.Mention mention : doc.mentions()) {
      EntityType type = switch (mention.type()) {
        case "PER" -> EntityType.PERSON;
        case "ORG" -> EntityType.ORGANIZATION;
        case "LOC" -> EntityType.LOCATION;
        default -> null;
      };
      if (type != null) {
        gold.add(new Name(mention.start(), mention.end(), type));
      }
    }
    return gold;
  }

  private static Set<Name> found(Analysis analysis) {
    Set<Name> found = new HashSet<>();
    for (Entity entity : analysis.entities()) {
      for (Mention mention : entity.mentions()) {
        if (mention.kind() == MentionKind.NAME) {
          found.add(new Name(mention.start(), mention.end(), entity.type()));
        }
      }
    }
    return found;
  }

  /** The name in its line of text, for reading errors. */
  static String describe(Name name, String text) {
    int lineStart = text.lastIndexOf('\n', name.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', name.end());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return String.format(Locale.ROOT, "%-12s %-30s | %s[[%s]]%s", name.type(), text.substring(name.start(), name.end()),
        line.substring(0, name.start() - lineStart), text.substring(name.start(), name.end()),
        line.substring(name.end() - lineStart));
  }
}
