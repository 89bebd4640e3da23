package dev.lakeside.explore;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.SqlStatement;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real embedded warehouse, recording every statement sent to it, so tests can check what
 * reached the SQL and what was bound as a parameter.
 */
class RecordingWarehouse extends ForwardingWarehouse {

    private final List<SqlStatement> statements = new CopyOnWriteArrayList<>();
    /** Rows handed out by {@link #stream} so far, for checks that an export writes while it reads. */
    final AtomicLong streamedRows = new AtomicLong();

    RecordingWarehouse(DuckDbWarehouse real) {
        super(real);
    }

    List<SqlStatement> statements() {
        return List.copyOf(statements);
    }

    /** The last recorded statement whose SQL contains the text. */
    SqlStatement last(String sqlContaining) {
        return statements.reversed().stream().filter(s -> s.sql().contains(sqlContaining)).findFirst()
                .orElseThrow(() -> new AssertionError("No statement with " + sqlContaining + " in " + statements));
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        statements.add(statement);
        return super.query(statement, options);
    }

    @Override
    public long stream(SqlStatement statement, QueryOptions options, RowSink sink) {
        statements.add(statement);
        streamedRows.set(0);
        return real.stream(statement, options, new RowSink() {
            @Override
            public void columns(List<dev.lakeside.warehouse.ColumnInfo> columns) throws java.io.IOException {
                sink.columns(columns);
            }

            @Override
            public void row(dev.lakeside.warehouse.Row row) throws java.io.IOException {
                streamedRows.incrementAndGet();
                sink.row(row);
            }
        });
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        RecordingWarehouse recordingWarehouse(DuckDbWarehouse real) {
            return new RecordingWarehouse(real);
        }
    }
}
