package io.reportage.adapter.opennlp;

import io.reportage.quote.FeatureScorer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * A yes-or-no model of attribution as an OpenNLP maxent model over string features, with two
 * outcomes, the "yes" one named by the model's use: {@value #CUE} for the cue model,
 * {@value #RIGHT} for the confidence model. Evaluating a maxent model keeps no state, so one
 * instance serves every thread.
 */
public final class OpenNlpFeatureScorer implements FeatureScorer {
  /** The "yes" outcome of the cue model: the word is a cue. */
  public static final String CUE = "cue";
  /** The "yes" outcome of the confidence model: the attribution is right. */
  public static final String RIGHT = "right";
  /** The "yes" outcome of the trigger model: the reading names an event of its type. */
  public static final String EVENT = "event";
  static final String NO = "other";

  private final MaxentModel model;
  private final int yesIndex;

  private OpenNlpFeatureScorer(MaxentModel model, String yes) {
    this.model = model;
    this.yesIndex = model.getIndex(yes);
    if (yesIndex < 0) {
      throw new IllegalArgumentException("The model has no outcome '" + yes + "'");
    }
  }

  @Override
  public double probability(String[] features) {
    return model.eval(features)[yesIndex];
  }

  /** Reads a model written by {@link #write} whose "yes" outcome is {@code yes}. */
  public static OpenNlpFeatureScorer read(InputStream in, String yes) throws IOException {
    return new OpenNlpFeatureScorer(new GenericModelReader(new BinaryFileDataReader(in)).getModel(), yes);
  }

  /** Writes the model in OpenNLP's binary format. */
  public void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    new GenericModelWriter((AbstractModel) model, data).persist();
    data.flush();
  }

  /**
   * Trains a maxent model (GIS) on candidates and their labels.
   *
   * @param features one feature array per candidate
   * @param labels whether each candidate is a "yes"
   * @param yes the name of the "yes" outcome ({@link #CUE}, {@link #RIGHT})
   */
  public static OpenNlpFeatureScorer train(List<String[]> features, List<Boolean> labels, String yes, int iterations,
      int cutoff) throws IOException {
    return train(features, labels, yes, iterations, cutoff, 0, 0);
  }

  /**
   * Trains a maxent model on candidates and their labels: with GIS when both penalties are 0, else
   * with L-BFGS ({@code MAXENT_QN}) under an L1 and an L2 penalty, which keeps rare features from
   * taking large weights.
   *
   * @param features one feature array per candidate
   * @param labels whether each candidate is a "yes"
   * @param yes the name of the "yes" outcome ({@link #CUE}, {@link #RIGHT})
   * @param l1 the L1 penalty (L-BFGS only)
   * @param l2 the L2 penalty (L-BFGS only)
   */
  public static OpenNlpFeatureScorer train(List<String[]> features, List<Boolean> labels, String yes, int iterations,
      int cutoff, double l1, double l2) throws IOException {
    if (features.size() != labels.size()) {
      throw new IllegalArgumentException(features.size() + " feature arrays for " + labels.size() + " labels");
    }
    List<Event> events = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      events.add(new Event(labels.get(i) ? yes : NO, features.get(i)));
    }
    TrainingParameters parameters = new TrainingParameters();
    boolean penalized = l1 > 0 || l2 > 0;
    parameters.put(TrainingParameters.ALGORITHM_PARAM, penalized ? "MAXENT_QN" : "MAXENT");
    if (penalized) {
      parameters.put("L1Cost", l1);
      parameters.put("L2Cost", l2);
    }
    parameters.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
    return new OpenNlpFeatureScorer(trainer.train(new CollectionObjectStream<>(events)), yes);
  }
}
