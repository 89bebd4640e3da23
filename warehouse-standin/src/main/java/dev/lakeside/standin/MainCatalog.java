package dev.lakeside.standin;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.catalog.DeltaCatalog;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The catalog {@code main} of a Databricks workspace: Delta tables in Spark's session catalog, so
 * {@code main.gold.sales} and {@code gold.sales} are the same table. A plain {@code DeltaCatalog} under a
 * second name has no delegate and fails with a NullPointerException; this one is given the session catalog.
 */
public final class MainCatalog extends DeltaCatalog {

    @Override
    public void initialize(String name, CaseInsensitiveStringMap options) {
        super.initialize(name, options);
        setDelegateCatalog(SparkSession.active().sessionState().catalogManager().v2SessionCatalog());
    }
}
