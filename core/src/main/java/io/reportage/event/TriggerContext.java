package io.reportage.event;

import io.reportage.pipeline.Document;

/** What a condition or sense check may look at: the document, its cue index and the sentence at hand. */
record TriggerContext(Document doc, ContextCues cues, ContextIndex index, int sentenceStart, int sentenceEnd) {
}
