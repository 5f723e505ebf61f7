package io.reportage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportage.ArticleInfo;
import io.reportage.Extractor;
import io.reportage.json.AnalysisJson;
import io.reportage.json.ContractValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportageCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ARTICLES = Path.of("../articles");
  private static Extractor extractor;

  @TempDir
  Path temp;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  /** What one run of the command printed and returned. */
  record Run(int code, String out, String err) {
  }

  private static Run runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReportageCli(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String... args) {
    return runWithInput("", args);
  }

  private static String article(String name) throws Exception {
    return Files.readString(ARTICLES.resolve(name), StandardCharsets.UTF_8);
  }

  private static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  // ---- options

  @Test
  void helpPrintsUsageAndSucceeds() {
    Run run = run("--help");
    assertEquals(ReportageCli.OK, run.code());
    assertTrue(run.out().contains("--format text|json|jsonl"), run.out());
  }

  @Test
  void usageMistakesExitWithTwoAndSayWhat() {
    Run unknown = run("--colour", "red");
    assertEquals(ReportageCli.USAGE, unknown.code());
    assertTrue(unknown.err().contains("unknown option --colour"), unknown.err());
    assertTrue(run("--format", "xml").err().contains("--format does not take 'xml'"));
    assertTrue(run("--published", "4 July").err().contains("YYYY-MM-DD"));
    assertTrue(run("--format").err().contains("--format needs a value"));
    assertEquals(ReportageCli.USAGE, run("--profile=slow").code());
  }

  @Test
  void theAccurateProfileWithoutTheModelsJarExitsWithTwoAndNamesWhatToAdd() {
    boolean modelsPresent = ReportageCliTest.class.getClassLoader()
        .getResource("edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz") != null;
    assumeTrue(!modelsPresent, "the CoreNLP models jar is on this test class path");
    Run run = run("--profile", "accurate", ARTICLES.resolve("ceasefire-call.txt").toString());
    assertEquals(ReportageCli.USAGE, run.code());
    assertTrue(run.err().contains("stanford-corenlp:4.5.10"), run.err());
    assertTrue(run.err().contains("stanford-corenlp-4.5.10-models.jar") && run.err().contains("-cp"), run.err());
    assertEquals("", run.out());
  }

  // ---- inputs and formats

  @Test
  void withoutArgumentsItReadsStandardInput() throws Exception {
    String text = article("ceasefire-call.txt");
    Run run = runWithInput(text, "--format", "json");
    assertEquals(ReportageCli.OK, run.code());
    assertEquals(JSON.readTree(AnalysisJson.toJson(extractor.analyze(text))), JSON.readTree(run.out()));
    assertFalse(JSON.readTree(run.out()).has("doc"), "standard input has no file name");
    ContractValidator.assertValid(run.out(), "the command line's JSON");
  }

  @Test
  void theTextSummaryNamesHeadlineSourcePeopleQuotesAndEvents() {
    Run run = run(ARTICLES.resolve("ceasefire-call.txt").toString());
    assertEquals(ReportageCli.OK, run.code(), run.err());
    assertTrue(run.out().startsWith("== ceasefire-call.txt\nHeadline: Leaders agree to meet"), run.out());
    assertTrue(run.out().contains("Source:   Meridian Daily"), run.out());
    for (String section : List.of("\nPeople\n", "\nQuotes\n", "\nEvents\n")) {
      assertTrue(run.out().contains(section), section);
    }
    assertTrue(run.out().contains("Mirela Dragan"), run.out());
    assertEquals("", run.err(), "one file: no progress bar");
  }

  @Test
  void jsonForAFileIsTheApisJsonWithTheFileName() throws Exception {
    Path file = ARTICLES.resolve("senate-water-bill.txt");
    Run run = run("--format", "json", "--published", "2025-03-14", file.toString());
    assertEquals(ReportageCli.OK, run.code(), run.err());
    String expected = AnalysisJson.toJson(
        extractor.analyze(article("senate-water-bill.txt"), ArticleInfo.published(LocalDate.of(2025, 3, 14))),
        "senate-water-bill.txt");
    assertEquals(expected + "\n", run.out());
    ContractValidator.assertValid(run.out(), "the command line's JSON for a file");
  }

  @Test
  void aDirectoryMeansItsTextFilesInNameOrderWithAProgressBar() throws Exception {
    Files.writeString(temp.resolve("b.txt"), "Second story\n\nThe talks resumed on Monday.");
    Files.writeString(temp.resolve("a.txt"), "First story\n\nThe talks ended on Friday.");
    Files.writeString(temp.resolve("notes.md"), "Not an article.");
    Files.createDirectory(temp.resolve("sub.txt"));
    Run run = run("--format", "jsonl", temp.toString());
    assertEquals(ReportageCli.OK, run.code(), run.err());
    List<JsonNode> lines = jsonLines(run.out());
    assertEquals(List.of("a.txt", "b.txt"), lines.stream().map(n -> n.get("doc").asText()).toList());
    assertEquals("First story", lines.get(0).get("headline").get("text").asText());
    assertTrue(run.err().contains("2/2") && run.err().contains("[#"), "a progress bar on standard error: " + run.err());
  }

  @Test
  void jsonLinesAreOneObjectALineInTheOrderGiven() throws Exception {
    Run run = run("--format=jsonl", ARTICLES.resolve("harbour-strike-wire.txt").toString(),
        ARTICLES.resolve("ceasefire-call.txt").toString());
    assertEquals(ReportageCli.OK, run.code(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(2, lines.length);
    assertEquals(JSON.readTree(AnalysisJson.toJsonLine(extractor.analyze(article("harbour-strike-wire.txt")), "harbour-strike-wire.txt")),
        JSON.readTree(lines[0]));
    assertEquals("ceasefire-call.txt", JSON.readTree(lines[1]).get("doc").asText());
    for (String line : lines) {
      ContractValidator.assertValid(line, "a JSON line of the command line");
    }
  }

  @Test
  void unreadableAndNonUtf8FilesAreNamedTheOthersProcessedAndTheExitCodeIsOne() throws Exception {
    Files.writeString(temp.resolve("a-good.txt"), "Good story\n\nThe talks ended on Friday.");
    Files.write(temp.resolve("b-latin1.txt"), "Caf\u00e9 talks \u00e9chou\u00e9es".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(temp.resolve("c-good.txt"), "Another story\n\nThe talks resumed.");
    Path missing = temp.resolve("missing.txt");
    Run run = run("--format", "jsonl", temp.toString(), missing.toString());
    assertEquals(ReportageCli.INPUT_FAILED, run.code());
    assertEquals(List.of("a-good.txt", "c-good.txt"), jsonLines(run.out()).stream().map(n -> n.get("doc").asText()).toList());
    assertTrue(run.err().contains("b-latin1.txt is not UTF-8 text"), run.err());
    assertTrue(run.err().contains("missing.txt does not exist"), run.err());
    assertTrue(run.err().contains("4/4"), "the progress bar still finishes: " + run.err());
  }

  @Test
  void anEmptyDirectoryIsReported() {
    Run run = run(temp.toString());
    assertEquals(ReportageCli.INPUT_FAILED, run.code());
    assertTrue(run.err().contains("holds no *.txt file"), run.err());
  }

  @Test
  void nonUtf8StandardInputIsReported() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new ReportageCli(new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28}),
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[0]);
    assertEquals(ReportageCli.INPUT_FAILED, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("not UTF-8"));
  }

  @Test
  void aByteOrderMarkIsKeptSoOffsetsCountEveryCharacter() throws Exception {
    Path file = temp.resolve("bom.txt");
    Files.write(file, ("\uFEFFSummit off\n\nThe talks ended.").getBytes(StandardCharsets.UTF_8));
    JsonNode json = JSON.readTree(run("--format", "json", file.toString()).out());
    assertEquals(1, json.get("headline").get("start").asInt());
    assertEquals("Summit off", json.get("headline").get("text").asText());
  }

  @Test
  void twoThreadsPrintExactlyWhatOneThreadPrintsInTheInputOrder() throws Exception {
    // More files than the window of articles in flight (twice the threads), with a bad and an empty one among them.
    List<String> names = new ArrayList<>();
    try (var articles = Files.list(ARTICLES)) {
      for (Path article : articles.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (int copy = 0; copy < 3; copy++) {
          String name = copy + "-" + article.getFileName();
          Files.copy(article, temp.resolve(name));
          names.add(name);
        }
      }
    }
    Files.write(temp.resolve("1-latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Files.writeString(temp.resolve("2-empty.txt"), "");
    for (String format : List.of("jsonl", "text")) {
      Run one = run("--format", format, "--threads", "1", temp.toString());
      Run two = run("--format", format, "--threads", "2", temp.toString());
      assertEquals(ReportageCli.INPUT_FAILED, one.code(), one.err());
      assertEquals(one.code(), two.code());
      assertEquals(one.out(), two.out(), "--format " + format + " with 2 threads differs from 1 thread");
      assertEquals(one.err(), two.err());
      assertTrue(one.err().contains("1-latin1.txt is not UTF-8"), one.err());
    }
    names.add("2-empty.txt");
    names.sort(null);
    List<String> docs = jsonLines(run("--format", "jsonl", "--threads", "2", temp.toString()).out()).stream()
        .map(json -> json.get("doc").asText()).toList();
    assertEquals(names, docs);
  }

  @Test
  void threadsMustBeAPositiveNumber() {
    Run zero = run("--threads", "0", "x.txt");
    assertEquals(ReportageCli.USAGE, zero.code());
    assertTrue(zero.err().contains("--threads needs a whole number of at least 1, got '0'"), zero.err());
  }

  // ---- the seed article

  @Test
  void onTheSeedArticleTheCliJsonEqualsTheApisJson() throws Exception {
    Path seed = Path.of(System.getProperty("reportage.shared", "../shared"), "examples", "kremlin-summit.txt");
    assumeTrue(Files.isRegularFile(seed), "Skipped: " + seed.toAbsolutePath() + " is absent (no ../shared beside this clone)");
    Run run = run("--format", "json", seed.toString());
    assertEquals(ReportageCli.OK, run.code(), run.err());
    String expected = AnalysisJson.toJson(extractor.analyze(Files.readString(seed, StandardCharsets.UTF_8)), "kremlin-summit.txt");
    assertEquals(expected + "\n", run.out());
    ContractValidator.assertValid(run.out(), "the command line's JSON for the seed article");
  }
}
