/**
 * The text stages, first in every pipeline: {@link io.reportage.text.ArticleStructureStage} (headline,
 * front matter, credited outlet, body, appended boilerplate), {@link io.reportage.text.TokenizerStage}
 * over {@link io.reportage.text.Tokenizer}, and {@link io.reportage.text.SentenceSplitterStage}.
 *
 * <p>All offsets are UTF-16 indices into the original string (start inclusive, end exclusive); no
 * stage changes the text. The parts of an article tile it, so every character belongs to the
 * headline block, the body or one boilerplate span; only the headline and the body's paragraphs
 * are tokenized. Every stage here runs in time linear in the length of the text and keeps no
 * state between documents.
 */
package io.reportage.text;
