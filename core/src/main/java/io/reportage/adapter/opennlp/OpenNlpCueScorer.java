package io.reportage.adapter.opennlp;

import io.reportage.quote.CueScorer;
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
 * The cue model as an OpenNLP maxent model over the features of
 * {@link io.reportage.quote.CueCandidates}, with two outcomes, {@value #CUE} and {@value #OTHER}.
 * Evaluating a maxent model keeps no state, so one instance serves every thread.
 */
public final class OpenNlpCueScorer implements CueScorer {
  static final String CUE = "cue";
  static final String OTHER = "other";

  private final MaxentModel model;
  private final int cueIndex;

  private OpenNlpCueScorer(MaxentModel model) {
    this.model = model;
    this.cueIndex = model.getIndex(CUE);
    if (cueIndex < 0) {
      throw new IllegalArgumentException("The model has no outcome '" + CUE + "': it is not a cue model");
    }
  }

  @Override
  public double probability(String[] features) {
    return model.eval(features)[cueIndex];
  }

  /** Reads a model written by {@link #write}. */
  public static OpenNlpCueScorer read(InputStream in) throws IOException {
    return new OpenNlpCueScorer(new GenericModelReader(new BinaryFileDataReader(in)).getModel());
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
   * @param cues whether each candidate is a cue
   */
  public static OpenNlpCueScorer train(List<String[]> features, List<Boolean> cues, int iterations, int cutoff)
      throws IOException {
    if (features.size() != cues.size()) {
      throw new IllegalArgumentException(features.size() + " feature arrays for " + cues.size() + " labels");
    }
    List<Event> events = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      events.add(new Event(cues.get(i) ? CUE : OTHER, features.get(i)));
    }
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    parameters.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
    return new OpenNlpCueScorer(trainer.train(new CollectionObjectStream<>(events)));
  }
}
