package dev.lakeside.standin;

import org.apache.spark.SparkThrowable;

import java.util.concurrent.CompletionException;

/**
 * A failed statement as a Databricks SQL warehouse reports it: the message starts with the error class
 * in brackets ({@code [TABLE_OR_VIEW_NOT_FOUND] ...}, {@code [DELTA_CONCURRENT_APPEND] ...}) and the SQL
 * state travels separately.
 */
record SqlError(String message, String sqlState) {

    static SqlError of(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String message = String.valueOf(cause.getMessage()).strip();
        String sqlState = null;
        if (cause instanceof SparkThrowable spark) {
            sqlState = spark.getSqlState();
            String errorClass = spark.getCondition();
            if (errorClass != null && !message.startsWith("[")) {
                message = "[" + errorClass + "] " + message;
            }
        }
        String type = cause.getClass().getSimpleName();
        if (!message.contains(type)) {
            message = message + " (" + type + ")";
        }
        return new SqlError(message, sqlState);
    }
}
