package dev.lakeside.live;

import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The one statement a dashboard refresh runs: the selected device's gold averages for the last
 * {@link LiveSelection#POINTS} buckets, up to the newest processed reading, together with the
 * pipeline's checkpoint, so chart and status always agree.
 */
final class DashboardQuery {

    private final Warehouse warehouse;
    private final SensorTables tables;
    private final Clock clock;

    DashboardQuery(Warehouse warehouse, SensorTables tables, Clock clock) {
        this.warehouse = warehouse;
        this.tables = tables;
        this.clock = clock;
    }

    DashboardSnapshot load(LiveSelection selection) {
        QueryResult result = warehouse.query(statement(selection));
        var queriedAt = clock.instant();
        Row first = result.rows().getFirst();
        var status = new DashboardSnapshot.PipelineStatus(first.getTimestamp("max_event_ts"),
                first.getTimestamp("updated_at"), first.getLong("processed"), first.getLong("dropped_late"),
                Math.max(0, first.getLong("bronze_seq") - first.getLong("last_seq")));
        List<DashboardSnapshot.MetricSeries> series = new ArrayList<>();
        for (String metric : DashboardSnapshot.METRICS) {
            List<Row> rows = result.stream().filter(r -> metric.equals(r.getString("metric"))).toList();
            series.add(new DashboardSnapshot.MetricSeries(metric,
                    rows.stream().map(r -> r.getTimestamp("bucket")).toList(),
                    rows.stream().map(r -> r.getDouble("avg_value")).toList(),
                    rows.stream().map(r -> r.getDouble("moving_avg")).toList()));
        }
        return new DashboardSnapshot(selection, series, status, queriedAt);
    }

    private SqlStatement statement(LiveSelection selection) {
        long bucketSeconds = selection.bucket().toSeconds();
        return new SqlBuilder(warehouse.dialect())
                .sql("SELECT c.last_seq, c.max_event_ts, c.updated_at, c.processed, c.dropped_late,")
                .sql(" (SELECT coalesce(max(seq), 0) FROM ").table(tables.readings()).sql(") AS bronze_seq,")
                .sql(" g.bucket, g.metric, g.avg_value, g.moving_avg FROM ").table(tables.checkpoint())
                .sql(" AS c LEFT JOIN (SELECT ").sql(warehouse.dialect().windowStart("window_start", bucketSeconds))
                .sql(" AS bucket, metric, avg(avg_value) AS avg_value, max_by(moving_avg, window_start) AS moving_avg FROM ")
                .table(tables.movingAverages()).sql(" WHERE device_id = ").value(selection.deviceId())
                .sql(" AND window_start > (SELECT max_event_ts FROM ").table(tables.checkpoint()).sql(" WHERE pipeline = ")
                .value(SensorTables.PIPELINE).sql(") - INTERVAL ").integer(bucketSeconds * LiveSelection.POINTS)
                .sql(" SECOND GROUP BY ALL) AS g ON true WHERE c.pipeline = ").value(SensorTables.PIPELINE)
                .sql(" ORDER BY g.metric, g.bucket").build();
    }
}
