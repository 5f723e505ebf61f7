package io.reportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicon;
import io.reportage.entity.EntityRecognizer;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PublicApiTest {

  @Test
  void aSpanChecksItselfAndNamesTheBadValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
    assertTrue(e.getMessage().contains("[5, 3)"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(4, 2, "x"));
    assertThrows(IllegalArgumentException.class, () -> new Mention(4, 2, "x", MentionKind.NAME));
  }

  @Test
  void spansCompareOverlapAndContainByOffsets() {
    Span span = new Span(2, 6);
    assertTrue(span.overlaps(new Span(5, 9)));
    assertFalse(span.overlaps(new Span(6, 9)), "end is exclusive");
    assertTrue(span.contains(new Span(2, 6)));
    assertFalse(span.contains(new Span(1, 3)));
    assertTrue(span.contains(5));
    assertFalse(span.contains(6));
    assertEquals("mmit", span.text("Summit"));
    assertTrue(new Span(1, 9).compareTo(new Span(2, 3)) < 0);
    assertTrue(new Span(1, 2).compareTo(new Span(1, 3)) < 0);
    assertEquals(new TextSpan(2, 6, "mmit"), TextSpan.of(span, "Summit"));
  }

  @Test
  void resultsAreImmutableCopies() {
    List<Entity> entities = new ArrayList<>();
    entities.add(new Entity("e1", EntityType.PERSON, "Anna Petrova", List.of(), List.of()));
    Analysis analysis = new Analysis(ArticleInfo.none(), null, null, new Span(0, 0), List.of(), entities, List.of(),
        List.of());
    entities.clear();
    assertEquals(1, analysis.entities().size(), "the analysis keeps its own copy");
    assertThrows(UnsupportedOperationException.class, () -> analysis.entities().add(null));
    assertThrows(UnsupportedOperationException.class, () -> analysis.quotes().clear());

    Map<String, Object> attributes = new HashMap<>();
    attributes.put("ordinal", "sixth");
    attributes.put("topics", new ArrayList<>(List.of("Iran")));
    Event event = new Event("ev1", EventType.PHONE_CALL, "Contact:Phone-Write", "041", new TextSpan(0, 4, "call"),
        List.of(), List.of(), null, EventStatus.OCCURRED, attributes, null, 0.9);
    attributes.put("ordinal", "seventh");
    assertEquals("sixth", event.attributes().get("ordinal"));
    assertThrows(UnsupportedOperationException.class, () -> event.attributes().put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) event.attributes().get("topics")).clear());
  }

  @Test
  void entitiesAndQuotesAreFoundByIdWhateverTheIds() {
    Entity first = new Entity("e1", EntityType.PERSON, "Anna Petrova", List.of(), List.of());
    Entity odd = new Entity("custom", EntityType.LOCATION, "Kyiv", List.of(), List.of());
    Entity second = new Entity("e2", EntityType.PERSON, "Tom Becker", List.of(), List.of());
    Analysis analysis = new Analysis(ArticleInfo.none(), null, null, new Span(0, 0), List.of(), List.of(first, odd, second),
        List.of(), List.of());
    assertSame(first, analysis.entity("e1").orElseThrow());
    assertSame(second, analysis.entity("e2").orElseThrow(), "found by scanning when not at its position");
    assertSame(odd, analysis.entity("custom").orElseThrow());
    assertTrue(analysis.entity("e9").isEmpty());
    assertTrue(analysis.entity("e99999999999").isEmpty());
    assertTrue(analysis.entity(null).isEmpty());
    assertTrue(analysis.quote("q1").isEmpty());
  }

  @Test
  void eventAttributesTakeOnlyJsonValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Event("ev1", EventType.MEETING,
        null, null, new TextSpan(0, 4, "talk"), List.of(), List.of(), null, EventStatus.PLANNED,
        Map.of("when", LocalDate.of(2025, 1, 1)), null, 1));
    assertTrue(e.getMessage().contains("when"), e.getMessage());
  }

  @Test
  void aLexiconFileExtendsTheBundledOne(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    Path cues = temp.resolve("my-cues.txt");
    java.nio.file.Files.writeString(cues, "# my site's footer\npowered by | SITE_FURNITURE start\n");
    String text = "Summit off\n\nThe talks ended, officials said.\n\nPowered by Lantern CMS, a reader-funded platform.";
    Analysis analysis = Extractor.builder().extendLexicon(BundledLexicon.BOILERPLATE_CUES, cues).build().analyze(text);
    assertEquals(1, analysis.boilerplate().size());
  }

  @Test
  void theDefaultExtractorIsFastAndReusable() {
    Extractor extractor = Extractor.create();
    assertSame(Profile.FAST, extractor.profile());
    Analysis first = extractor.analyze("Summit off\n\nThe talks ended.");
    Analysis second = extractor.analyze("Summit off\n\nThe talks ended.", ArticleInfo.published(LocalDate.of(2025, 7, 4)));
    assertEquals(first.body(), second.body());
    assertEquals(LocalDate.of(2025, 7, 4), second.info().published().orElseThrow());
    assertTrue(first.info().published().isEmpty());
  }

  @Test
  void builderArgumentsAreCheckedWithMessages() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Extractor.builder().profile(null));
    assertTrue(e.getMessage().contains("profile"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Extractor.builder().entityRecognizer(null));
    assertThrows(IllegalArgumentException.class, () -> Extractor.builder().extendLexicon(null, Lexicon.of("x", List.of())));
    UncheckedIOException missing = assertThrows(UncheckedIOException.class,
        () -> Extractor.builder().extendLexicon(BundledLexicon.TITLES, Path.of("no-such-lexicon.txt")));
    assertTrue(missing.getMessage().contains("no-such-lexicon.txt"), missing.getMessage());
    assertThrows(NullPointerException.class, () -> ArticleInfo.published(null));
  }

  @Test
  void aMalformedBoilerplateCueFailsWhenTheExtractorIsBuiltAndNamesTheEntry() {
    Lexicon bad = Lexicon.parse("my-cues.txt", new StringReader("subscribe now | NEWSLETTER start\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Extractor.builder().extendLexicon(BundledLexicon.BOILERPLATE_CUES, bad).build());
    assertTrue(e.getMessage().contains("subscribe now") && e.getMessage().contains("my-cues.txt"), e.getMessage());
  }

  @Test
  void extraLexiconEntriesChangeTheAnalysis() {
    String text = "Summit off\n\nThe talks ended, officials said.\n\nPowered by Lantern CMS, a reader-funded platform.";
    assertTrue(Extractor.create().analyze(text).boilerplate().isEmpty());
    Lexicon mine = Lexicon.parse("mine", new StringReader("powered by | SITE_FURNITURE start\n"));
    Analysis analysis = Extractor.builder().extendLexicon(BundledLexicon.BOILERPLATE_CUES, mine).build().analyze(text);
    assertEquals(List.of(BoilerplateKind.SITE_FURNITURE), analysis.boilerplate().stream().map(Boilerplate::kind).toList());
  }

  /** Types a user never needs: the working document, stages and layers, and the adapters' classes. */
  private static boolean internal(String typeName) {
    return typeName.contains("io.reportage.pipeline.") || typeName.contains("io.reportage.adapter.")
        || typeName.contains("io.reportage.json.");
  }

  private static void collectInternalSignatures(Class<?> type, List<String> found) {
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())) {
        List<String> names = new ArrayList<>(List.of(method.getGenericReturnType().getTypeName()));
        Stream.of(method.getGenericParameterTypes()).forEach(t -> names.add(t.getTypeName()));
        names.stream().filter(PublicApiTest::internal).forEach(n -> found.add(type.getName() + "." + method.getName() + ": " + n));
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(constructor.getModifiers())) {
        Stream.of(constructor.getGenericParameterTypes()).map(java.lang.reflect.Type::getTypeName).filter(PublicApiTest::internal)
            .forEach(n -> found.add(type.getName() + " constructor: " + n));
      }
    }
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isPublic(field.getModifiers()) && internal(field.getGenericType().getTypeName())) {
        found.add(type.getName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (Modifier.isPublic(nested.getModifiers())) {
        collectInternalSignatures(nested, found);
      }
    }
  }

  @Test
  void theApiShowsNoInternalTypeAndHandsOutNoWorkingDocument() throws Exception {
    List<Class<?>> api = new ArrayList<>(List.of(EntityRecognizer.class));
    try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "io", "reportage"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Class<?> type = Class.forName("io.reportage." + file.getFileName().toString().replace(".java", ""));
        if (Modifier.isPublic(type.getModifiers())) {
          api.add(type);
        }
      }
    }
    assertTrue(api.contains(Extractor.class) && api.contains(Analysis.class) && api.size() > 20, api.toString());
    List<String> found = new ArrayList<>();
    api.forEach(type -> collectInternalSignatures(type, found));
    assertEquals(List.of(), found, "public signatures of the API that show internal types");
  }
}
