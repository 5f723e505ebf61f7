package io.reportage.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages of the extractor's default pipeline, loaded by a {@link CountingClassLoader}, and the
 * work each does on a text. Everything is reached by reflection: these classes are not the ones
 * the rest of the tests see.
 */
public final class CountedStages {
  private final ClassLoader loader;
  private final List<Object> stages;
  private final Method apply;
  private final Method name;
  private final Class<?> documentClass;
  private final Object noInfo;

  private CountedStages(ClassLoader loader, List<Object> stages) throws ReflectiveOperationException {
    this.loader = loader;
    this.stages = stages;
    Class<?> stage = loader.loadClass("io.reportage.pipeline.Stage");
    this.documentClass = loader.loadClass("io.reportage.pipeline.Document");
    this.apply = stage.getMethod("apply", documentClass);
    this.name = stage.getMethod("name");
    this.noInfo = loader.loadClass("io.reportage.ArticleInfo").getMethod("none").invoke(null);
  }

  /** The stages of the {@code FAST} profile with the bundled lexicons, as the extractor assembles them. */
  public static CountedStages defaultPipeline() {
    try {
      ClassLoader loader = new CountingClassLoader(CountedStages.class.getClassLoader());
      Class<?> profile = loader.loadClass("io.reportage.Profile");
      Class<?> lexicons = loader.loadClass("io.reportage.models.Lexicons");
      Class<?> recognizer = loader.loadClass("io.reportage.entity.EntityRecognizer");
      Method build = loader.loadClass("io.reportage.PipelineAssembly").getDeclaredMethod("build", profile, lexicons, recognizer);
      build.setAccessible(true);
      @SuppressWarnings({"unchecked", "rawtypes"})
      Object fast = Enum.valueOf((Class) profile, "FAST");
      Object pipeline = build.invoke(null, fast, lexicons.getMethod("bundled").invoke(null), null);
      List<?> stages = (List<?>) pipeline.getClass().getMethod("stages").invoke(pipeline);
      return new CountedStages(loader, new ArrayList<>(stages));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot assemble the counted pipeline", e);
    }
  }

  /** These stages and then one more, made with the public no-argument constructor of {@code stageClass}. */
  public CountedStages with(String stageClass) {
    try {
      List<Object> more = new ArrayList<>(stages);
      more.add(loader.loadClass(stageClass).getConstructor().newInstance());
      return new CountedStages(loader, more);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make the stage " + stageClass, e);
    }
  }

  /** The units of work each stage does on {@code text}, by stage name in pipeline order. */
  public Map<String, Long> work(String text) {
    try {
      Object doc = documentClass.getConstructor(String.class, noInfo.getClass()).newInstance(text, noInfo);
      Map<String, Long> work = new LinkedHashMap<>();
      for (Object stage : stages) {
        WorkCounter.reset();
        apply.invoke(stage, doc);
        long units = WorkCounter.count();
        work.merge((String) name.invoke(stage), units, Long::sum);
      }
      return work;
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("A counted stage failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot run the counted stages", e);
    }
  }
}
