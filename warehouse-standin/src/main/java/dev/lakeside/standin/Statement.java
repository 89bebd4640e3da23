package dev.lakeside.standin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One submitted statement: its id, SQL, and the future that ends in rows or an error. */
final class Statement {

    final String id;
    final String sql;
    final CompletableFuture<Result> result = new CompletableFuture<>();
    volatile boolean cancelled;

    Statement(String id, String sql) {
        this.id = id;
        this.sql = sql;
    }

    record Result(StructType schema, List<Row> rows) {
    }

    /** The API's answer for this statement as it is now: PENDING/RUNNING, SUCCEEDED with rows, FAILED or CANCELED. */
    ObjectNode toJson() {
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("statement_id", id);
        ObjectNode status = response.putObject("status");
        if (cancelled) {
            status.put("state", "CANCELED");
        } else if (!result.isDone()) {
            status.put("state", "RUNNING");
        } else if (result.isCompletedExceptionally()) {
            Throwable error = result.handle((r, e) -> e).join();
            SqlError failure = SqlError.of(error);
            status.put("state", "FAILED");
            if (failure.sqlState() != null) {
                status.put("sql_state", failure.sqlState());
            }
            status.putObject("error").put("error_code", "BAD_REQUEST").put("message", failure.message());
        } else {
            status.put("state", "SUCCEEDED");
            Result done = result.join();
            ResultJson.write(response, done.schema(), done.rows());
        }
        return response;
    }
}
