package dev.lakeside.lakebase;

import com.zaxxer.hikari.HikariDataSource;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.databricks.WorkspaceClients;
import dev.lakeside.warehouse.WarehouseProperties;
import dev.lakeside.writeback.WriteBackStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * {@code lakeside.writeback.store=lakebase}: the app's own data goes to Lakebase. The pool logs in
 * with a fresh password per connection: a workspace token (the app's service principal) when the
 * warehouse mode is {@code databricks}, or {@code lakeside.lakebase.password} for a local Postgres.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lakeside.writeback.store", havingValue = "lakebase")
class LakebaseConfiguration {

    @Bean
    LakebasePassword lakebasePassword(LakebaseProperties properties, ObjectProvider<WorkspaceClients> clients) {
        if (properties.password() != null) {
            String fixed = properties.password();
            return () -> fixed;
        }
        WorkspaceClients workspace = clients.getIfAvailable();
        if (workspace == null) {
            throw new IllegalStateException("Lakebase needs a password: run with lakeside.warehouse.mode=databricks "
                    + "(tokens of the app's service principal), or set lakeside.lakebase.password for a local Postgres");
        }
        if (properties.endpoint() != null) {
            return new AutoscalingPassword(workspace, properties.endpoint(), Duration.ofMinutes(10), Clock.systemUTC());
        }
        return new DatabricksLakebasePassword(workspace, properties.instanceName());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource lakebaseDataSource(LakebaseProperties properties, LakebasePassword password) {
        return LakebasePool.open(properties, password);
    }

    @Bean
    WriteBackStore lakebaseWriteBack(HikariDataSource lakebaseDataSource, WarehouseProperties warehouse,
                                     ApplicationEventPublisher events) {
        // Migrated now if Lakebase answers; an unreachable Lakebase or workspace does not stop the start.
        MigratedDataSource migrated = new MigratedDataSource(lakebaseDataSource);
        migrated.migrateNow();
        PostgresWarehouse database = new PostgresWarehouse(migrated, warehouse.statementTimeout(),
                events::publishEvent);
        return new LakebaseWriteBack(database, AuditTrail.inMigratedSchema(database));
    }
}
