package io.reportage.spark;

import io.reportage.json.AnalysisJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.Extractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportageAnalyzerTest {
  private static final Path ARTICLES = Path.of("../articles");
  private static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType)
      .add("body", DataTypes.StringType)
      .add("date", DataTypes.StringType);
  private static Extractor extractor;
  private static SparkSession spark;
  private static String article;
  private static String megabyte;
  private static Analysis megabyteAnalysis;
  private static Map<String, Row> analysed;
  private static Dataset<Row> result;

  @BeforeAll
  static void analyseInMemoryArticles() throws Exception {
    extractor = Extractor.create();
    spark = SharedSpark.spark();
    article = Files.readString(ARTICLES.resolve("ceasefire-call.txt"), StandardCharsets.UTF_8);
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_000_000) {
      big.append(article).append("\n\n");
    }
    megabyte = big.toString();
    megabyteAnalysis = extractor.analyze(megabyte);
    List<Row> rows = List.of(
        RowFactory.create("null", null, null),
        RowFactory.create("empty", "", null),
        RowFactory.create("megabyte", megabyte, null),
        RowFactory.create("dated", article, "2024-03-07"),
        RowFactory.create("bad-date", article, "last Thursday"));
    ReportageAnalyzer analyzer = ReportageAnalyzer.builder()
        .textColumn("body").docColumn("id").publishedColumn("date").jsonColumn("json").build();
    result = analyzer.transform(spark.createDataFrame(rows, INPUT).repartition(2)).cache();
    analysed = new HashMap<>();
    for (Row row : result.collectAsList()) {
      analysed.put(row.getString(0), row);
    }
  }

  @Test
  void theInputColumnsAreKeptAndTheAnalysisColumnsAppended() {
    StructType schema = result.schema();
    assertEquals(List.of("id", "body", "date", "analysis", "analysis_error", "json"), List.of(schema.fieldNames()));
    assertEquals(AnalysisSchema.ANALYSIS, schema.apply("analysis").dataType());
    assertEquals(5, analysed.size());
  }

  @Test
  void aNullTextGivesNoAnalysisAndAMessage() {
    Row row = analysed.get("null");
    assertNull(row.getAs("analysis"));
    assertEquals("the text is null", row.getAs("analysis_error"));
  }

  @Test
  void anEmptyTextIsAnalysedToAnEmptyAnalysis() {
    Row row = analysed.get("empty");
    assertNull(row.getAs("analysis_error"));
    Row analysis = row.getAs("analysis");
    assertEquals(0, analysis.getList(analysis.fieldIndex("entities")).size());
    assertEquals(AnalysisJson.toJsonLine(extractor.analyze(""), "empty"), row.getAs("json"));
  }

  @Test
  void aMegabyteTextGivesTheLibrarysAnalysis() {
    Row row = analysed.get("megabyte");
    assertNull(row.getAs("analysis_error"));
    Analysis expected = megabyteAnalysis;
    assertEquals(AnalysisJson.toJsonLine(expected, "megabyte"), row.getAs("json"));
    Row analysis = row.getAs("analysis");
    assertEquals(expected.quotes().size(), analysis.getList(analysis.fieldIndex("quotes")).size());
    assertEquals(expected.entities().size(), analysis.getList(analysis.fieldIndex("entities")).size());
    assertTrue(expected.quotes().size() > 100, "a megabyte of articles holds many quotes");
  }

  @Test
  void theNestedColumnMirrorsTheJsonContract() {
    Row row = analysed.get("dated");
    Analysis expected = extractor.analyze(article, ArticleInfo.published(LocalDate.of(2024, 3, 7)));
    assertEquals(AnalysisJson.toJsonLine(expected, "dated"), row.getAs("json"));
    Row analysis = row.getAs("analysis");
    assertEquals("reportage/1", analysis.getAs("schema"));
    assertEquals("dated", analysis.getAs("doc"));
    assertEquals(java.sql.Date.valueOf("2024-03-07"), analysis.getAs("published"));
    assertEquals(expected.body().end(), ((Row) analysis.getAs("body")).<Integer>getAs("end"));
    List<Row> quotes = analysis.getList(analysis.fieldIndex("quotes"));
    assertEquals(expected.quotes().size(), quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Row quote = quotes.get(i);
      assertEquals(expected.quotes().get(i).id(), quote.getAs("id"));
      assertEquals(expected.quotes().get(i).text(), quote.getAs("text"));
      assertEquals(expected.quotes().get(i).start(), quote.<Integer>getAs("start"));
      assertEquals(expected.quotes().get(i).speaker(), quote.getAs("speaker"));
    }
    List<Row> entities = analysis.getList(analysis.fieldIndex("entities"));
    for (int i = 0; i < entities.size(); i++) {
      assertEquals(expected.entities().get(i).name(), entities.get(i).getAs("name"));
      assertEquals(expected.entities().get(i).mentions().size(), entities.get(i).getList(4).size());
    }
  }

  @Test
  void aDateThatCannotBeReadIsAnErrorThatSaysWhatItGot() {
    Row row = analysed.get("bad-date");
    assertNull(row.getAs("analysis"));
    String message = row.getAs("analysis_error");
    assertTrue(message.contains("not YYYY-MM-DD: 'last Thursday'"), message);
  }

  @Test
  void theErrorsTableListsTheRowsThatWereNotAnalysed() {
    ReportageAnalyzer analyzer = ReportageAnalyzer.builder().textColumn("body").docColumn("id").build();
    List<Row> errors = analyzer.errors(result).orderBy("doc").collectAsList();
    assertEquals(List.of("bad-date", "null"), errors.stream().map(r -> r.getString(0)).toList());
    assertNotNull(errors.get(1).getString(1));
  }

  @Test
  void theTablesCountWhatTheLibraryFound() {
    Analysis big = megabyteAnalysis;
    Analysis dated = extractor.analyze(article);
    assertEquals(3, ReportageTables.articles(result).count());
    assertEquals(big.quotes().size() + dated.quotes().size(), ReportageTables.quotes(result).count());
    assertEquals(big.entities().size() + dated.entities().size(), ReportageTables.entities(result).count());
    assertEquals(big.events().size() + dated.events().size(), ReportageTables.events(result).count());
  }

  @Test
  void missingOrMistypedColumnsAreNamed() {
    Dataset<Row> input = spark.createDataFrame(List.<Row>of(), INPUT);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ReportageAnalyzer.builder().build().transform(input));
    assertTrue(missing.getMessage().contains("No text column 'text'"), missing.getMessage());
    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
        () -> ReportageAnalyzer.builder().textColumn("body").outputColumn("id").build().transform(input));
    assertTrue(taken.getMessage().contains("already has a column 'id'"), taken.getMessage());
  }
}
