package io.reportage.spark.job;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main class of {@code reportage-spark.jar}. The jar holds Reportage but not Spark, which a
 * cluster provides; run with {@code java -jar}, this launcher loads the job together with the
 * Spark jars of the {@code lib/} folder beside the jar (the build copies them there), then runs it.
 * When Spark is already on the class path it runs the job directly. It names only JDK classes, so
 * that it loads without Spark.
 */
public final class JarLauncher {
  private static final String JOB = "io.reportage.spark.job.ReportageSparkJob";

  private JarLauncher() {
  }

  public static void main(String[] args) throws Throwable {
    ClassLoader loader = sparkVisible() ? JarLauncher.class.getClassLoader() : withSparkJars();
    Thread.currentThread().setContextClassLoader(loader);
    Method main = Class.forName(JOB, true, loader).getMethod("main", String[].class);
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static boolean sparkVisible() {
    try {
      Class.forName("org.apache.spark.sql.SparkSession", false, JarLauncher.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** This jar and every jar of lib/ beside it, over the platform loader so that the job's classes see Spark's. */
  private static ClassLoader withSparkJars() throws IOException, URISyntaxException {
    Path jar = Path.of(JarLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path lib = jar.resolveSibling("lib");
    List<URL> urls = new ArrayList<>();
    urls.add(url(jar));
    if (Files.isDirectory(lib)) {
      try (Stream<Path> files = Files.list(lib)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
          urls.add(url(file));
        }
      }
    }
    if (urls.size() == 1) {
      System.err.println("reportage-spark: Spark is not on the class path and " + lib
          + " holds no jars; build the module (mvn package) or run the jar with spark-submit");
      System.exit(ReportageSparkJob.USAGE);
    }
    return new URLClassLoader("reportage-spark", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  private static URL url(Path file) throws MalformedURLException {
    return file.toUri().toURL();
  }
}
