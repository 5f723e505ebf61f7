package io.reportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the main sources depend on each other in one direction only. Every reference is
 * counted, in an import or written out in full in code (comments and string literals are left out).
 */
class PackageDependencyTest {
  private static final Path MAIN = Path.of("src", "main", "java");
  private static final String ROOT = "io.reportage";
  /** The feature packages in the order of the data flow: each may read the ones before it, none after. */
  private static final List<String> FEATURES = List.of(ROOT + ".text", ROOT + ".entity", ROOT + ".quote", ROOT + ".event");

  private static final Pattern COMMENT_OR_STRING = Pattern.compile(
      "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);
  /** A qualified name: lower-case package segments, then a type (or a wildcard import). */
  private static final Pattern QUALIFIED = Pattern.compile(
      "\\b((?:io\\.reportage|edu\\.stanford\\.nlp|opennlp)(?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /** One reference from a source file in package {@code from} to package {@code to}. */
  record Reference(String file, String from, String to) {
    @Override
    public String toString() {
      return file + " (" + from + ") -> " + to;
    }
  }

  /** The packages a source file refers to, other than its own. */
  static List<Reference> references(String file, String source) {
    String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
    Matcher pkg = PACKAGE.matcher(code);
    String from = pkg.find() ? pkg.group(1) : "";
    List<Reference> refs = new ArrayList<>();
    Matcher m = QUALIFIED.matcher(code);
    while (m.find()) {
      if (!m.group(1).equals(from)) {
        refs.add(new Reference(file, from, m.group(1)));
      }
    }
    return refs;
  }

  /** Why a reference breaks the direction of the packages, or null when it is allowed. */
  static String violation(Reference ref) {
    String from = ref.from();
    String to = ref.to();
    if (to.startsWith("edu.stanford.nlp") && !within(from, ROOT + ".adapter.corenlp")) {
      return "only io.reportage.adapter.corenlp touches CoreNLP";
    }
    if (to.startsWith("opennlp") && !within(from, ROOT + ".adapter.opennlp")) {
      return "only io.reportage.adapter.opennlp touches OpenNLP";
    }
    if (within(to, ROOT + ".json") && !within(from, ROOT + ".json")) {
      return "the JSON contract reads the data model, never the reverse: nothing depends on io.reportage.json";
    }
    if (from.equals(ROOT + ".pipeline") && !to.equals(ROOT) && !within(to, ROOT + ".models")) {
      return "the pipeline's document and stages sit below every feature: io.reportage.pipeline reads only io.reportage";
    }
    if (within(to, ROOT + ".adapter") && !from.equals(ROOT) && !within(from, ROOT + ".adapter")) {
      return "only the extractor's assembly picks adapters";
    }
    int fromFeature = featureIndex(from);
    int toFeature = featureIndex(to);
    if (fromFeature >= 0 && toFeature > fromFeature) {
      return "a feature reads only the features before it in the data flow " + FEATURES;
    }
    return null;
  }

  private static boolean within(String pkg, String parent) {
    return pkg.equals(parent) || pkg.startsWith(parent + ".");
  }

  private static int featureIndex(String pkg) {
    for (int i = 0; i < FEATURES.size(); i++) {
      if (within(pkg, FEATURES.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static List<Path> mainSources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + MAIN.toAbsolutePath(), e);
    }
  }

  @Test
  void everyMainSourceRefersOnlyToPackagesItMayDependOn() throws IOException {
    List<Path> sources = mainSources();
    assertTrue(sources.size() > 100, "expected the main sources under " + MAIN.toAbsolutePath() + ", found " + sources.size());
    List<String> violations = new ArrayList<>();
    int references = 0;
    for (Path source : sources) {
      for (Reference ref : references(MAIN.relativize(source).toString(), Files.readString(source, StandardCharsets.UTF_8))) {
        references++;
        String why = violation(ref);
        if (why != null) {
          violations.add(ref + ": " + why);
        }
      }
    }
    assertTrue(references > 300, "the scan found only " + references + " cross-package references");
    assertEquals(List.of(), violations, "package dependencies against the direction of the data flow");
  }

  @Test
  void theScanSeesImportsAndNamesWrittenOutButNotCommentsOrStrings() {
    String source = """
        package io.reportage;

        import io.reportage.json.AnalysisJson;
        import static io.reportage.pipeline.Layer.TOKENS;
        import io.reportage.text.*;

        /** Written by {@link io.reportage.quote.QuoteMark}. */
        final class Sample {
          // io.reportage.event.EventTriggerStage is named in a comment only
          String s = "io.reportage.adapter.opennlp.OpenNlpModels";
          Object o = new io.reportage.entity.NameLinker(null);
          Object p = edu.stanford.nlp.ling.CoreLabel.class;
        }
        """;
    assertEquals(Set.of(ROOT + ".json", ROOT + ".pipeline", ROOT + ".text", ROOT + ".entity", "edu.stanford.nlp.ling"),
        Set.copyOf(references("Sample.java", source).stream().map(Reference::to).toList()));
  }

  @Test
  void theRulesRefuseTheDependenciesThatWouldCloseACycle() {
    assertTrue(violation(new Reference("Analysis.java", ROOT, ROOT + ".json")) != null, "the data model reading JSON");
    assertTrue(violation(new Reference("Document.java", ROOT + ".pipeline", ROOT + ".entity")) != null,
        "the document reading a feature");
    assertTrue(violation(new Reference("NameLinker.java", ROOT + ".entity", ROOT + ".event")) != null,
        "a feature reading a later one");
    assertTrue(violation(new Reference("Stage.java", ROOT + ".quote", "edu.stanford.nlp.pipeline")) != null,
        "CoreNLP outside its adapter");
    assertEquals(null, violation(new Reference("AnalysisJson.java", ROOT + ".json", ROOT)));
    assertEquals(null, violation(new Reference("ContextIndex.java", ROOT + ".event", ROOT + ".entity")));
    assertEquals(null, violation(new Reference("PipelineAssembly.java", ROOT, ROOT + ".adapter.opennlp")));
  }
}
