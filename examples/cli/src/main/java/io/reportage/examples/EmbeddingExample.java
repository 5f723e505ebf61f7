package io.reportage.examples;

import io.reportage.Analysis;
import io.reportage.ArticleInfo;
import io.reportage.Entity;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.json.AnalysisJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How an application uses Reportage: build one extractor, analyse articles, read the records.
 * Run it with an article file: {@code java -cp examples/cli/target/reportage-cli.jar
 * io.reportage.examples.EmbeddingExample examples/articles/ceasefire-call.txt}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/articles/ceasefire-call.txt");
    String text = Files.readString(file);

    // Build once and share: an extractor is thread-safe, and the models load only once.
    Extractor extractor = Extractor.create();
    Analysis analysis = extractor.analyze(text, ArticleInfo.published(LocalDate.of(2025, 3, 16)));

    if (analysis.headline() != null) {
      System.out.println("Headline: " + analysis.headline().text());
    }
    for (Quote quote : analysis.quotes()) {
      String speaker = quote.speaker() == null ? "unknown"
          : analysis.entity(quote.speaker()).map(EmbeddingExample::describe).orElse("?");
      System.out.println(speaker + ": " + quote.text().replaceAll("\\s+", " "));
    }
    // Offsets are UTF-16 indices into the text: substring() gives back what was found.
    analysis.quotes().stream().findFirst().ifPresent(q ->
        System.out.println("First quote at [" + q.start() + ", " + q.end() + "): " + text.substring(q.start(), q.end())));

    // The same analysis as JSON (contract "reportage/1"), for storage or another language.
    System.out.println(AnalysisJson.toJsonLine(analysis, file.getFileName().toString()).length() + " characters of JSON");
  }

  private static String describe(Entity entity) {
    if (entity.name() != null) {
      return entity.name();
    }
    return entity.mentions().isEmpty() ? entity.id() : entity.mentions().get(0).text();
  }
}
