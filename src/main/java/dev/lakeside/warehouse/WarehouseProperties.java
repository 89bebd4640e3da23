package dev.lakeside.warehouse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Which warehouse Lakeside talks to and how.
 *
 * @param mode             {@code embedded} (DuckDB file, demo data) or, later, {@code databricks}
 * @param dataDir          folder of the embedded database file
 * @param statementTimeout default time a statement may run before it is cancelled
 */
@ConfigurationProperties("lakeside.warehouse")
public record WarehouseProperties(@DefaultValue("embedded") String mode,
                                  @DefaultValue("./data") Path dataDir,
                                  @DefaultValue("30s") Duration statementTimeout) {
}
