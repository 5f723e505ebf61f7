package io.reportage.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Pipeline;
import io.reportage.pipeline.Stage;
import io.reportage.text.Lemmatizer;
import io.reportage.text.VerbTagCorrectionStage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pipeline check refuses the event stages in an order that would read a step before it is made. */
class EventStageOrderTest {
  private static final Lexicons LEXICONS = Lexicons.bundled();
  private static final ContextCues CUES = new ContextCues(LEXICONS.get(BundledLexicon.EVENT_CONTEXT_CUES));
  private static final Lemmatizer LEMMATIZER = new Lemmatizer(LEXICONS.get(BundledLexicon.IRREGULAR_VERBS),
      LEXICONS.get(BundledLexicon.IRREGULAR_NOUNS));

  /** Stands for the text, entity and quote stages: provides what the event stages read from them. */
  private record Before(Set<Layer> provides) implements Stage {
    @Override
    public Set<Layer> requires() {
      return EnumSet.noneOf(Layer.class);
    }

    @Override
    public void apply(Document doc) {
    }
  }

  private static final Set<Layer> UP_TO_QUOTES = EnumSet.of(Layer.STRUCTURE, Layer.TOKENS, Layer.SENTENCES, Layer.POS,
      Layer.LEMMAS, Layer.NOUN_CHUNKS, Layer.NAMES, Layer.ENTITIES, Layer.ROLES, Layer.MENTIONS, Layer.QUOTE_MARKS, Layer.ATTRIBUTIONS);

  /** The event stages in the order the extractor runs them. */
  private static List<Stage> eventStages() {
    return List.of(
        new EventTriggerStage(LEXICONS.get(BundledLexicon.EVENT_TRIGGERS), CUES),
        new StatementEventStage(),
        new EventArgumentStage(CUES, LEXICONS.get(BundledLexicon.TIME_WORDS),
            LEXICONS.get(BundledLexicon.EVENT_ARGUMENT_WORDS), LEMMATIZER),
        new EventStatusStage(LEXICONS.get(BundledLexicon.EVENT_STATUS_CUES)),
        new EventTimeStage(LEXICONS.get(BundledLexicon.TIME_WORDS)),
        new EventAttributeStage(LEXICONS.get(BundledLexicon.TIME_WORDS),
            LEXICONS.get(BundledLexicon.EVENT_ARGUMENT_WORDS), LEMMATIZER),
        new EventQuoteLinkStage(),
        new EventConfidenceStage(EventConfidenceStage.DEFAULT_MINIMUM),
        new EventMergingStage(),
        new CameoRefinementStage(CUES));
  }

  private static List<Stage> chain(List<Stage> events) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new Before(UP_TO_QUOTES));
    stages.add(new VerbTagCorrectionStage(LEMMATIZER));
    stages.addAll(events);
    return stages;
  }

  private static List<Stage> swapped(String first, String second) {
    List<Stage> events = new ArrayList<>(eventStages());
    int i = indexOf(events, first);
    int j = indexOf(events, second);
    Stage a = events.get(i);
    events.set(i, events.get(j));
    events.set(j, a);
    return events;
  }

  private static int indexOf(List<Stage> stages, String name) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no event stage " + name);
  }

  @Test
  void theEventStagesInTheExtractorsOrderPassTheCheck() {
    assertDoesNotThrow(() -> new Pipeline(chain(eventStages())));
  }

  @ParameterizedTest(name = "{1} before {0} misses {2}")
  @CsvSource({
      "EventTriggerStage, StatementEventStage, EVENT_TRIGGERS",
      "EventTriggerStage, EventArgumentStage, EVENT_TRIGGERS",
      "StatementEventStage, EventStatusStage, STATEMENT_EVENTS",
      "EventStatusStage, EventTimeStage, EVENT_STATUS",
      "EventArgumentStage, EventConfidenceStage, EVENT_ARGUMENTS",
      "EventTimeStage, EventConfidenceStage, EVENT_TIMES",
      "EventQuoteLinkStage, EventConfidenceStage, EVENT_QUOTES",
      "EventAttributeStage, EventMergingStage, EVENT_ATTRIBUTES",
      "EventConfidenceStage, EventMergingStage, EVENT_CONFIDENCE",
      "EventMergingStage, CameoRefinementStage, EVENT_RECORDS",
  })
  void aStageMovedBeforeTheStepItReadsIsRefusedByName(String earlier, String later, Layer missing) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Pipeline(chain(swapped(earlier, later))));
    assertTrue(e.getMessage().startsWith("Stage " + later + " requires ") && e.getMessage().contains(missing.name()),
        e.getMessage());
  }

  @ParameterizedTest(name = "{0} and {1} read nothing of each other")
  @CsvSource({
      "StatementEventStage, EventArgumentStage",
      "EventArgumentStage, EventStatusStage",
      "EventTimeStage, EventAttributeStage",
      "EventAttributeStage, EventQuoteLinkStage",
  })
  void stagesThatReadNothingOfEachOtherMayChangePlaces(String one, String other) {
    assertDoesNotThrow(() -> new Pipeline(chain(swapped(one, other))));
  }

  @Test
  void eventsNeedTheCorrectedTagsSoTheCorrectionCannotComeAfterThem() {
    List<Stage> stages = new ArrayList<>();
    stages.add(new Before(UP_TO_QUOTES));
    stages.addAll(eventStages());
    stages.add(new VerbTagCorrectionStage(LEMMATIZER));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(stages));
    assertTrue(e.getMessage().startsWith("Stage EventTriggerStage requires [CORRECTED_POS]"), e.getMessage());
  }

  @Test
  void statementsNeedTheAttributedQuotes() {
    List<Stage> stages = new ArrayList<>();
    Set<Layer> withoutQuotes = EnumSet.copyOf(UP_TO_QUOTES);
    withoutQuotes.removeAll(EnumSet.of(Layer.QUOTE_MARKS, Layer.ATTRIBUTIONS));
    stages.add(new Before(withoutQuotes));
    stages.add(new VerbTagCorrectionStage(LEMMATIZER));
    stages.addAll(eventStages());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(stages));
    assertTrue(e.getMessage().startsWith("Stage StatementEventStage requires [ATTRIBUTIONS]"), e.getMessage());
  }
}
