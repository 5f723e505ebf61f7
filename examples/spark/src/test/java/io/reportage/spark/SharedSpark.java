package io.reportage.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] SparkSession for every test class of the module: starting Spark costs seconds. */
public final class SharedSpark {
  private static SparkSession spark;

  private SharedSpark() {
  }

  public static synchronized SparkSession spark() {
    if (spark == null) {
      spark = SparkSession.builder()
          .appName("reportage-tests")
          .master("local[2]")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }
}
