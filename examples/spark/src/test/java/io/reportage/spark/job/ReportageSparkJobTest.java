package io.reportage.spark.job;

import io.reportage.json.AnalysisJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.Entity;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.spark.SharedSpark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job over a folder of text files (the example articles, the seed when present, a bad and an empty file). */
class ReportageSparkJobTest {
  private static final Path ARTICLES = Path.of("../articles");
  private static final Path SEED = Path.of(System.getProperty("reportage.shared", "../shared"), "examples", "kremlin-summit.txt");
  /** The tables' columns, as examples/spark/README.md documents them. */
  private static final Map<String, String> SCHEMAS = Map.of(
      "articles", "struct<article:string,published:date,headline:string,source:string,body_start:int,body_end:int,"
          + "boilerplate:array<string>,entities:int,quotes:int,attributed_quotes:int,events:int>",
      "quotes", "struct<article:string,published:date,quote_id:string,kind:string,text:string,start:int,end:int,"
          + "speaker_id:string,speaker_name:string,speaker_type:string,speaker_role:string,speaker_organization:string,"
          + "speaker_mention:string,cue:string,via_id:string,via_name:string,confidence:double,rule:string>",
      "entities", "struct<article:string,published:date,entity_id:string,type:string,name:string,role:string,"
          + "organization:string,roles:array<string>,mentions:int,first_start:int,quotes:int>",
      "events", "struct<article:string,published:date,event_id:string,type:string,ace:string,cameo:string,trigger:string,"
          + "trigger_start:int,trigger_end:int,time:string,time_value:string,status:string,quote_id:string,confidence:double,"
          + "attributes:map<string,array<string>>,arguments:array<struct<role:string,entity_id:string,entity_name:string,"
          + "text:string,start:int,end:int>>>",
      "speakers", "struct<name:string,type:string,roles:array<string>,organization:string,quotes:bigint,articles:bigint,"
          + "first_published:date,last_published:date>",
      "errors", "struct<doc:string,message:string>");

  @TempDir
  static Path temp;
  private static SparkSession spark;
  private static Path output;
  private static ReportageSparkJob.Counts counts;
  /** What the library gives for each readable file, by file name. */
  private static final Map<String, Analysis> EXPECTED = new TreeMap<>();

  @BeforeAll
  static void runTheJobOverAFolder() throws IOException {
    spark = SharedSpark.spark();
    Extractor extractor = Extractor.create();
    Path input = Files.createDirectories(temp.resolve("articles"));
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(ARTICLES)) {
      files.filter(p -> p.toString().endsWith(".txt")).forEach(sources::add);
    }
    if (Files.isRegularFile(SEED)) {
      sources.add(SEED);
    }
    for (Path source : sources) {
      Files.copy(source, input.resolve(source.getFileName()));
      EXPECTED.put(source.getFileName().toString(), extractor.analyze(Files.readString(source, StandardCharsets.UTF_8)));
    }
    Files.write(input.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'n', 'o', 'i', 'r'});
    Files.writeString(input.resolve("empty.txt"), "");
    EXPECTED.put("empty.txt", extractor.analyze(""));
    Files.writeString(input.resolve("notes.md"), "not an article: only *.txt files are read");
    output = temp.resolve("out");
    counts = ReportageSparkJob.run(spark, JobOptions.parse(new String[] {"--input", input.toString(), "--output", output.toString()}));
  }

  @Test
  void everyArticleIsCountedOnceAsAnalysedOrFailed() {
    assertEquals(EXPECTED.size() + 1, counts.in());
    assertEquals(EXPECTED.size(), counts.analysed());
    assertEquals(1, counts.failed());
    assertEquals(counts.in(), counts.analysed() + counts.failed());
  }

  @Test
  void analysesAreWhatTheCommandLinePrintsForEachFile() throws IOException {
    Map<String, String> lines = new TreeMap<>();
    for (String line : textLines(output.resolve("analyses"))) {
      String doc = line.replaceFirst("^\\{\"schema\":\"reportage/1\",\"doc\":\"([^\"]+)\".*", "$1");
      assertEquals(null, lines.put(doc, line), "one line per article");
    }
    assertEquals(EXPECTED.keySet(), lines.keySet());
    EXPECTED.forEach((name, analysis) -> assertEquals(AnalysisJson.toJsonLine(analysis, name), lines.get(name), name));
  }

  @Test
  void theSeedArticleIsAmongTheAnalyses() throws IOException {
    assumeTrue(Files.isRegularFile(SEED), "Skipped: " + SEED.toAbsolutePath() + " is absent (no ../shared beside this clone)");
    String expected = AnalysisJson.toJsonLine(EXPECTED.get("kremlin-summit.txt"), "kremlin-summit.txt");
    assertTrue(textLines(output.resolve("analyses")).contains(expected));
  }

  @Test
  void aFileThatIsNotUtf8IsInErrorsWithItsName() {
    List<Row> errors = table("errors").collectAsList();
    assertEquals(1, errors.size());
    assertEquals("latin1.txt", errors.get(0).getString(0));
    assertTrue(errors.get(0).getString(1).contains("is not UTF-8 text"), errors.get(0).getString(1));
  }

  @Test
  void everyTableHasItsDocumentedColumns() {
    SCHEMAS.forEach((name, schema) -> assertEquals(schema, table(name).schema().simpleString(), name));
  }

  @Test
  void theTablesHoldOneRowPerArticleQuoteEntityAndEvent() {
    assertEquals(EXPECTED.size(), table("articles").count());
    assertEquals(EXPECTED.values().stream().mapToLong(a -> a.quotes().size()).sum(), table("quotes").count());
    assertEquals(EXPECTED.values().stream().mapToLong(a -> a.entities().size()).sum(), table("entities").count());
    assertEquals(EXPECTED.values().stream().mapToLong(a -> a.events().size()).sum(), table("events").count());
    assertTrue(table("quotes").count() > 0, "the example articles hold quotes");
  }

  @Test
  void quotesNameTheirSpeakerAsTheArticleResolvesIt() {
    Set<String> expected = new TreeSet<>();
    EXPECTED.forEach((name, analysis) -> {
      for (Quote quote : analysis.quotes()) {
        String speaker = quote.speaker() == null ? null : analysis.entity(quote.speaker()).map(Entity::name).orElse(null);
        expected.add(name + "|" + quote.id() + "|" + speaker + "|" + quote.rule());
      }
    });
    Set<String> actual = new TreeSet<>();
    for (Row row : table("quotes").select("article", "quote_id", "speaker_name", "rule").collectAsList()) {
      actual.add(row.getString(0) + "|" + row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3));
    }
    assertEquals(expected, actual);
  }

  @Test
  void speakersAreOneRowPerNamedSpeakerWithTheirQuotesAndArticles() {
    Map<String, Long> quotes = new HashMap<>();
    Map<String, Set<String>> articles = new HashMap<>();
    EXPECTED.forEach((name, analysis) -> {
      for (Quote quote : analysis.quotes()) {
        Entity speaker = quote.speaker() == null ? null : analysis.entity(quote.speaker()).orElse(null);
        if (speaker != null && speaker.name() != null) {
          String key = speaker.name() + "|" + speaker.type();
          quotes.merge(key, 1L, Long::sum);
          articles.computeIfAbsent(key, k -> new HashSet<>()).add(name);
        }
      }
    });
    List<Row> rows = table("speakers").collectAsList();
    assertFalse(rows.isEmpty(), "the example articles name speakers");
    assertEquals(quotes.size(), rows.size());
    for (Row row : rows) {
      String key = row.getAs("name") + "|" + row.getAs("type");
      assertEquals(quotes.get(key), row.<Long>getAs("quotes"), key);
      assertEquals((long) articles.get(key).size(), row.<Long>getAs("articles"), key);
      assertNotNull(row.getAs("roles"));
    }
  }

  @Test
  void jsonLinesInputKeepsIdsAndDatesAndReportsMalformedLines() throws IOException {
    String text = Files.readString(ARTICLES.resolve("ceasefire-call.txt"), StandardCharsets.UTF_8);
    String quoted = com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text).length > 0
        ? new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text)) : "";
    Path input = temp.resolve("articles.jsonl");
    Files.writeString(input, "{\"doc\": \"dated\", \"published\": \"2024-03-07\", \"text\": \"" + quoted + "\"}\n"
        + "{\"text\": \"" + quoted + "\"}\n"
        + "{this line is not JSON\n");
    Path out = temp.resolve("out-jsonl");
    ReportageSparkJob.Counts jsonCounts = ReportageSparkJob.run(spark,
        JobOptions.parse(new String[] {"--input", input.toString(), "--output", out.toString(), "--format", "jsonl"}));
    assertEquals(new ReportageSparkJob.Counts(3, 2, 1), jsonCounts);
    Extractor extractor = Extractor.create();
    String dated = AnalysisJson.toJsonLine(extractor.analyze(text, ArticleInfo.published(LocalDate.of(2024, 3, 7))), "dated");
    List<String> lines = textLines(out.resolve("analyses"));
    assertTrue(lines.contains(dated), "the dated article is analysed with its date");
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("{\"schema\":\"reportage/1\",\"doc\":\"row-")),
        "a line without a doc gets a row id");
    List<Row> errors = spark.read().json(out.resolve("errors").toString()).collectAsList();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).<String>getAs("message").startsWith("not a JSON object"), errors.get(0).toString());
    assertEquals(2, spark.read().json(out.resolve("articles").toString()).count());
  }

  @Test
  void parquetInputTakesDatesAndGivesRowIdsWhereDocIsMissing() throws IOException {
    String text = Files.readString(ARTICLES.resolve("senate-water-bill.txt"), StandardCharsets.UTF_8);
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("doc", "string").add("text", "string").add("published", "date");
    Path input = temp.resolve("articles.parquet");
    spark.createDataFrame(List.of(
            org.apache.spark.sql.RowFactory.create("bill", text, java.sql.Date.valueOf("2023-05-02")),
            org.apache.spark.sql.RowFactory.create(null, text, null)), schema)
        .write().parquet(input.toString());
    Path out = temp.resolve("out-parquet");
    ReportageSparkJob.Counts parquetCounts = ReportageSparkJob.run(spark,
        JobOptions.parse(new String[] {"--input", input.toString(), "--output", out.toString()}));
    assertEquals(new ReportageSparkJob.Counts(2, 2, 0), parquetCounts);
    String dated = AnalysisJson.toJsonLine(Extractor.create().analyze(text, ArticleInfo.published(LocalDate.of(2023, 5, 2))), "bill");
    assertTrue(textLines(out.resolve("analyses")).contains(dated), "the article is analysed with its date");
    List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).orderBy("article").collectAsList();
    assertEquals("bill", articles.get(0).getString(0));
    assertEquals(java.sql.Date.valueOf("2023-05-02"), articles.get(0).getDate(1));
    assertTrue(articles.get(1).getString(0).startsWith("row-"), articles.get(1).getString(0));
  }

  private static org.apache.spark.sql.Dataset<Row> table(String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private static List<String> textLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
