package io.reportage.spark.job;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the job's SparkSession. Under spark-submit the master and everything else come from
 * there; run with {@code java -jar}, the master defaults to {@code local[*]}, the driver stays on
 * the loopback interface, the web UI is off unless asked for, Spark logs at WARN, and a local
 * master shuffles into a few partitions per core rather than Spark's 200 (which cost a task and a
 * file each for the few thousand rows the speakers table aggregates per core).
 */
final class LocalSpark {
  /** Log4j 2 configuration used when nothing else configures logging: Spark at WARN, on standard error. */
  static final String LOG_CONFIGURATION = "io/reportage/spark/log4j2-job.properties";
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private LocalSpark() {
  }

  /**
   * Settings that must be made before any Spark class loads: quiet logging unless the user
   * configured it, and Netty's reflective access, which Spark's launcher would otherwise pass.
   */
  static void prepareJvm() {
    if (System.getProperty("log4j2.configurationFile") == null
        && LocalSpark.class.getClassLoader().getResource("log4j2.properties") == null) {
      System.setProperty("log4j2.configurationFile", LOG_CONFIGURATION);
    }
    if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) {
      System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    }
  }

  static SparkSession start(JobOptions options) {
    SparkSession.Builder builder = SparkSession.builder().appName("reportage");
    String submitted = System.getProperty("spark.master");
    String master = options.master() != null ? options.master() : submitted != null ? submitted : "local[*]";
    builder.master(master);
    if (master.startsWith("local")) {
      builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
      if (System.getProperty(SHUFFLE_PARTITIONS) == null) {
        builder.config(SHUFFLE_PARTITIONS, String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
      }
    }
    // Under spark-submit the UI is the cluster's business; run by hand, it stays off unless asked for.
    if (!options.ui() && submitted == null && System.getProperty("spark.ui.enabled") == null) {
      builder.config("spark.ui.enabled", "false");
    }
    return builder.getOrCreate();
  }
}
