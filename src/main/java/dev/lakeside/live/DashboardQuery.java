package dev.lakeside.live;

import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static dev.lakeside.live.SensorTables.CHECKPOINT;
import static dev.lakeside.live.SensorTables.MOVING_AVERAGES;
import static dev.lakeside.live.SensorTables.READINGS;

/**
 * The one statement a dashboard refresh runs: the selected device's gold averages for the last
 * {@link LiveSelection#POINTS} buckets, up to the newest processed reading, together with the
 * pipeline's checkpoint, so chart and status always agree.
 */
final class DashboardQuery {

    private final Warehouse warehouse;
    private final Clock clock;

    DashboardQuery(Warehouse warehouse, Clock clock) {
        this.warehouse = warehouse;
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
                .sql(" (SELECT coalesce(max(seq), 0) FROM ").table(READINGS).sql(") AS bronze_seq,")
                .sql(" g.bucket, g.metric, g.avg_value, g.moving_avg FROM ").table(CHECKPOINT).sql(" AS c LEFT JOIN (")
                .sql("SELECT time_bucket(to_seconds(CAST(").value(bucketSeconds).sql(" AS BIGINT)), window_start) AS bucket,")
                .sql(" metric, avg(avg_value) AS avg_value, arg_max(moving_avg, window_start) AS moving_avg FROM ")
                .table(MOVING_AVERAGES).sql(" WHERE device_id = ").value(selection.deviceId())
                .sql(" AND window_start > (SELECT max_event_ts FROM ").table(CHECKPOINT).sql(" WHERE pipeline = ")
                .value(SensorTables.PIPELINE).sql(") - to_seconds(CAST(").value(bucketSeconds * LiveSelection.POINTS)
                .sql(" AS BIGINT)) GROUP BY ALL) AS g ON true WHERE c.pipeline = ").value(SensorTables.PIPELINE)
                .sql(" ORDER BY g.metric, g.bucket").build();
    }
}
