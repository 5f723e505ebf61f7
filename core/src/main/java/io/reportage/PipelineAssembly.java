package io.reportage;

import io.reportage.adapter.corenlp.CoreNlpAvailability;
import io.reportage.adapter.corenlp.CoreNlpEntityRecognizer;
import io.reportage.adapter.opennlp.OpenNlpEntityRecognizer;
import io.reportage.adapter.opennlp.OpenNlpModels;
import io.reportage.adapter.opennlp.OpenNlpPosTaggerStage;
import io.reportage.entity.CoreferenceStage;
import io.reportage.entity.EntityLexicons;
import io.reportage.entity.EntityRecognizer;
import io.reportage.entity.NameLinkingStage;
import io.reportage.entity.NameTypeConsistency;
import io.reportage.entity.NamedEntityStage;
import io.reportage.entity.RoleStage;
import io.reportage.event.CameoRefinementStage;
import io.reportage.event.ContextCues;
import io.reportage.event.EventArgumentStage;
import io.reportage.event.EventAttributeStage;
import io.reportage.event.EventConfidenceStage;
import io.reportage.event.EventMergingStage;
import io.reportage.event.EventQuoteLinkStage;
import io.reportage.event.EventTimeStage;
import io.reportage.event.StatementEventStage;
import io.reportage.event.EventStatusStage;
import io.reportage.event.EventTriggerStage;
import io.reportage.event.TriggerCandidateStage;
import io.reportage.event.TriggerCheckStage;
import io.reportage.event.TriggerModel;
import io.reportage.event.WordClasses;
import io.reportage.models.BundledLexicon;
import io.reportage.models.Lexicons;
import io.reportage.models.ModelResources;
import io.reportage.pipeline.Pipeline;
import io.reportage.pipeline.Stage;
import io.reportage.quote.AttributionConfidenceStage;
import io.reportage.quote.AttributionFrameStage;
import io.reportage.quote.AttributionLexicons;
import io.reportage.quote.FeatureScorer;
import io.reportage.quote.HeadlineAttributionStage;
import io.reportage.quote.QuoteSpanStage;
import io.reportage.quote.QuoteSpeakerStage;
import io.reportage.quote.ReportedSpeechStage;
import io.reportage.text.VerbTagCorrectionStage;
import io.reportage.text.LemmaStage;
import io.reportage.text.Lemmatizer;
import io.reportage.text.NounChunkStage;
import io.reportage.text.ArticleStructureStage;
import io.reportage.text.SentenceSplitterStage;
import io.reportage.text.Tokenizer;
import io.reportage.text.TokenizerStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Puts the stages of a profile together in the order of the data flow. */
final class PipelineAssembly {
  private PipelineAssembly() {
  }

  static Pipeline build(Profile profile, Lexicons lexicons, EntityRecognizer customRecognizer) {
    return build(profile, lexicons, customRecognizer, bundledTriggerModel());
  }

  /**
   * The bundled trigger model with its thresholds; none while it is being trained, and none when the
   * thresholds leave it nothing to decide (it is then not read, which keeps start-up short).
   */
  static TriggerModel bundledTriggerModel() {
    boolean decides = TriggerModel.DEFAULT_KEEP > 0 || TriggerModel.DEFAULT_ADMIT < 1;
    return decides && ModelResources.exists(ModelResources.TRIGGER_MODEL)
        ? new TriggerModel(OpenNlpModels.triggerScorer(), TriggerModel.DEFAULT_KEEP, TriggerModel.DEFAULT_ADMIT)
        : TriggerModel.none();
  }

  static Pipeline build(Profile profile, Lexicons lexicons, EntityRecognizer customRecognizer, TriggerModel triggerModel) {
    EntityRecognizer recognizer = customRecognizer != null ? customRecognizer : recognizerFor(profile);
    List<Stage> stages = new ArrayList<>();
    // text
    stages.add(new ArticleStructureStage(ArticleStructureStage.Config.from(lexicons)));
    stages.add(new TokenizerStage(new Tokenizer(lexicons.get(BundledLexicon.ABBREVIATIONS))));
    stages.add(new SentenceSplitterStage(lexicons.get(BundledLexicon.HONORIFICS)));
    stages.add(new OpenNlpPosTaggerStage(OpenNlpModels.posTagger()));
    Lemmatizer lemmatizer = new Lemmatizer(lexicons.get(BundledLexicon.IRREGULAR_VERBS),
        lexicons.get(BundledLexicon.IRREGULAR_NOUNS));
    stages.add(new LemmaStage(lemmatizer));
    stages.add(new NounChunkStage());
    // entities: names, then roles and mentions linked into entities
    stages.add(new NamedEntityStage(recognizer, new NameTypeConsistency(lexicons.get(BundledLexicon.TITLES),
        lexicons.get(BundledLexicon.HONORIFICS), lexicons.get(BundledLexicon.COUNTRIES))));
    EntityLexicons entityLexicons = EntityLexicons.from(lexicons);
    stages.add(new NameLinkingStage(entityLexicons));
    stages.add(new RoleStage(entityLexicons));
    stages.add(new CoreferenceStage(entityLexicons));
    // quotes: quotation marks; attribution frames, the speakers of quotes, reported speech, confidence
    AttributionLexicons attributionLexicons = AttributionLexicons.from(lexicons);
    stages.add(new VerbTagCorrectionStage(lemmatizer));
    stages.add(new QuoteSpanStage());
    // Without the confidence model (while it is being trained, or left out), the rules' own values stand.
    FeatureScorer confidence = ModelResources.exists(ModelResources.CONFIDENCE_MODEL) ? OpenNlpModels.confidenceScorer() : null;
    stages.add(new AttributionFrameStage(attributionLexicons,
        new AttributionFrameStage.Config(OpenNlpModels.cueScorer(), AttributionFrameStage.DEFAULT_THRESHOLD)));
    stages.add(new QuoteSpeakerStage());
    stages.add(new ReportedSpeechStage());
    stages.add(new AttributionConfidenceStage(confidence));
    stages.add(new HeadlineAttributionStage(attributionLexicons));
    // events: triggers, arguments, time, status, merging
    ContextCues eventCues = new ContextCues(lexicons.get(BundledLexicon.EVENT_CONTEXT_CUES));
    stages.add(new EventTriggerStage(lexicons.get(BundledLexicon.EVENT_TRIGGERS), eventCues));
    WordClasses wordClasses = WordClasses.of(lexicons.get(BundledLexicon.EVENT_WORD_CLASSES));
    // Candidates only when the model can admit some: otherwise they would be made to be dropped.
    stages.add(new TriggerCandidateStage(triggerModel.admitsCandidates() ? wordClasses : WordClasses.none()));
    stages.add(new TriggerCheckStage(triggerModel, wordClasses));
    stages.add(new StatementEventStage());
    stages.add(new EventArgumentStage(eventCues, lexicons.get(BundledLexicon.TIME_WORDS),
        lexicons.get(BundledLexicon.EVENT_ARGUMENT_WORDS), lemmatizer,
        lexicons.get(BundledLexicon.ABSTRACT_NOUNS).phrases()));
    stages.add(new EventStatusStage(lexicons.get(BundledLexicon.EVENT_STATUS_CUES)));
    stages.add(new EventTimeStage(lexicons.get(BundledLexicon.TIME_WORDS)));
    stages.add(new EventAttributeStage(lexicons.get(BundledLexicon.TIME_WORDS),
        lexicons.get(BundledLexicon.EVENT_ARGUMENT_WORDS), lemmatizer));
    stages.add(new EventQuoteLinkStage());
    stages.add(new EventConfidenceStage(EventConfidenceStage.DEFAULT_MINIMUM));
    stages.add(new EventMergingStage());
    stages.add(new CameoRefinementStage(eventCues));
    return new Pipeline(stages);
  }

  /**
   * Starts reading the models of {@code profile} on other threads, so that they load while the
   * caller reads the lexicons; {@link #build} then waits for them.
   */
  static void startLoading(Profile profile, EntityRecognizer customRecognizer) {
    OpenNlpModels.startLoading(profile == Profile.FAST && customRecognizer == null);
  }

  static EntityRecognizer recognizerFor(Profile profile) {
    return switch (profile) {
      case FAST -> new OpenNlpEntityRecognizer(OpenNlpModels.nameFinderModel());
      case ACCURATE -> {
        // Checked before any CoreNLP class is touched, so that a missing jar gives a clear message.
        CoreNlpAvailability.requireCrf(PipelineAssembly.class.getClassLoader());
        yield CoreNlpEntityRecognizer.conll();
      }
    };
  }
}
