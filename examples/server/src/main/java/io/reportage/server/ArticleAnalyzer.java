package io.reportage.server;

import io.reportage.Analysis;
import io.reportage.ArticleInfo;

/**
 * What the service calls to analyse one article: in production {@code Extractor::analyze}. Must be
 * thread-safe; it is called from every analysis thread at once.
 */
@FunctionalInterface
public interface ArticleAnalyzer {
  Analysis analyze(String text, ArticleInfo info);
}
