package io.reportage.spark;

import io.reportage.json.AnalysisJson;
import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.Extractor;
import io.reportage.Profile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses the rows of one partition as they are pulled, with the executor's shared extractor,
 * and appends the analysis, the error message and, if asked, the JSON line to each row. A row
 * whose text is null, whose date cannot be read or whose analysis fails gets a null analysis and a
 * message; the partition goes on.
 */
final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(AnalyzePartition.class);

  private final Profile profile;
  private final int textIndex;
  private final int docIndex;
  private final int publishedIndex;
  private final boolean withJson;
  private final boolean localDates;

  /**
   * @param docIndex the document id's field, or -1
   * @param publishedIndex the publication date's field (a date or "YYYY-MM-DD"), or -1
   * @param localDates whether Spark uses {@link LocalDate} for dates
   */
  AnalyzePartition(Profile profile, int textIndex, int docIndex, int publishedIndex, boolean withJson, boolean localDates) {
    this.profile = profile;
    this.textIndex = textIndex;
    this.docIndex = docIndex;
    this.publishedIndex = publishedIndex;
    this.withJson = withJson;
    this.localDates = localDates;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Extractor extractor = ExtractorHolder.get(profile);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return analyse(extractor, rows.next());
      }
    };
  }

  private Row analyse(Extractor extractor, Row row) {
    int width = row.length();
    Object[] values = new Object[width + (withJson ? 3 : 2)];
    for (int i = 0; i < width; i++) {
      values[i] = row.get(i);
    }
    String doc = docIndex < 0 || row.isNullAt(docIndex) ? null : String.valueOf(row.get(docIndex));
    try {
      if (row.isNullAt(textIndex)) {
        values[width + 1] = "the text is null";
      } else {
        Analysis analysis = extractor.analyze(row.getString(textIndex), info(row));
        values[width] = AnalysisRows.toRow(analysis, doc, localDates);
        if (withJson) {
          values[width + 2] = AnalysisJson.toJsonLine(analysis, doc);
        }
      }
    } catch (RuntimeException e) {
      // ExtractionException names the stage; a bad date says what it got. Either way the row is kept.
      LOG.warn("Article {} could not be analysed: {}", doc, e.toString());
      values[width] = null;
      values[width + 1] = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return RowFactory.create(values);
  }

  private ArticleInfo info(Row row) {
    if (publishedIndex < 0 || row.isNullAt(publishedIndex)) {
      return ArticleInfo.none();
    }
    Object value = row.get(publishedIndex);
    if (value instanceof LocalDate date) {
      return ArticleInfo.published(date);
    }
    if (value instanceof java.sql.Date date) {
      return ArticleInfo.published(date.toLocalDate());
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return ArticleInfo.none();
    }
    try {
      return ArticleInfo.published(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the publication date is not YYYY-MM-DD: '" + text + "'", e);
    }
  }
}
