package dev.lakeside.annotate;

import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code annotationTables} (readiness group): whether each labelling task's tables exist with
 * every column the queue and the answers write. They are created or checked once the app is ready, in the
 * background (the start does not wait on the warehouse), and again on first use. Always UP: a table that lacks
 * columns stops that task's writes with a message naming them, not the rest of the app.
 */
@Component("annotationTablesHealthIndicator")
class AnnotationTablesReadiness implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(AnnotationTablesReadiness.class);

    private final AnnotationTables tables;
    private final TaskCatalog tasks;

    AnnotationTablesReadiness(AnnotationTables tables, TaskCatalog tasks) {
        this.tables = tables;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkWhenReady() {
        Thread.ofVirtual().name("annotation-tables-check").start(() -> tasks.all().forEach(task -> {
            try {
                tables.ensure(task);
            } catch (WarehouseException e) {
                log.warn("Labelling task {}: {}", task.id(), e.userMessage());
            }
        }));
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        tasks.all().forEach(task -> health.withDetail(task.id(), tables.checked().getOrDefault(task.id(), "not checked yet")));
        return health.build();
    }
}
