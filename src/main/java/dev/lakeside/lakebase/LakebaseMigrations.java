package dev.lakeside.lakebase;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/**
 * Brings the Lakebase schema up to date with the Flyway migrations in {@code db/lakebase}, run
 * here on the Lakebase pool only (Spring Boot's Flyway auto-configuration is not on the classpath,
 * and the warehouse is never migrated). Already applied migrations are skipped, so every start may run it.
 */
final class LakebaseMigrations {

    static final String LOCATION = "classpath:db/lakebase";
    static final String SCHEMA = "lakeside_meta";

    private static final Logger log = LoggerFactory.getLogger(LakebaseMigrations.class);

    private LakebaseMigrations() {
    }

    /** Applies the pending migrations and returns how many ran. */
    static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .schemas(SCHEMA)
                .table("lakebase_schema_history")
                .load()
                .migrate();
        log.info("Lakebase schema at version {} ({} migration(s) applied now)", result.targetSchemaVersion,
                result.migrationsExecuted);
        return result.migrationsExecuted;
    }
}
