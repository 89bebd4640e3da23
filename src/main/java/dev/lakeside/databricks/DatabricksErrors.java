package dev.lakeside.databricks;

import dev.lakeside.warehouse.WarehouseException;
import dev.lakeside.warehouse.WarehouseException.Reason;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLTimeoutException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what databricks-jdbc throws into a {@link WarehouseException} with a sentence a user can
 * act on. The driver wraps HTTP failures of the Statement Execution API in SQLExceptions whose causes
 * are the SDK's platform errors (PermissionDenied, TemporarilyUnavailable, ...) and SQL errors in
 * messages holding Databricks error classes (TABLE_OR_VIEW_NOT_FOUND, ...); both are matched here.
 * Bare status numbers are not matched: the driver's messages quote the SQL, whose LIMIT/OFFSET
 * numbers could look like one.
 */
final class DatabricksErrors {

    private DatabricksErrors() {
    }

    static WarehouseException translate(Throwable error, String sql) {
        String text = describe(error);
        String where = sql == null ? "" : " in: " + sql;
        if (has(error, SQLTimeoutException.class)) {
            return failure(Reason.TIMEOUT, "The query took too long and was stopped.", text + where, error);
        }
        // Delta's optimistic concurrency: another commit to the table won; this statement applied nothing.
        if (matches(text, "delta_concurrent", "concurrentappendexception", "concurrentdeletereadexception",
                "concurrentdeletedeleteexception", "concurrenttransactionexception", "concurrentwriteexception",
                "concurrentmodificationexception", "metadatachangedexception", "concurrent update")) {
            return failure(Reason.CONFLICT, "Someone else changed the same table at the same moment. Nothing was "
                    + "written; reload and try again.", text + where, error);
        }
        if (matches(text, "unauthenticated", "invalid access token", "token is expired", "expired token")) {
            return failure(Reason.PERMISSION_DENIED,
                    "Your Databricks sign-in has expired or is not valid. Reload the page to sign in again.", text + where, error);
        }
        if (matches(text, "permissiondenied", "permission_denied", "insufficient_permissions",
                "does not have", "not authorized")) {
            return failure(Reason.PERMISSION_DENIED,
                    "You do not have permission for this in Databricks. Ask a workspace admin for access to the "
                            + "table or the SQL warehouse.", text + where, error);
        }
        if (matches(text, "is starting", "starting up", "warehouse is not running", "warehouse_not_running")) {
            return failure(Reason.UNAVAILABLE,
                    "The Databricks SQL warehouse is starting. Try again in a minute.", text + where, error);
        }
        if (matches(text, "temporarilyunavailable", "temporarily_unavailable", "toomanyrequests",
                "resource_exhausted", "resourceexhausted", "request_limit_exceeded")
                || has(error, ConnectException.class) || has(error, UnknownHostException.class)
                || has(error, SocketTimeoutException.class)) {
            return failure(Reason.UNAVAILABLE,
                    "The Databricks SQL warehouse is busy or unreachable. Try again in a moment.", text + where, error);
        }
        if (matches(text, "table_or_view_not_found")) {
            return failure(Reason.INVALID_STATEMENT, "The table " + named(text, "table or view") + " does not exist, or you may"
                    + " not see it. Check the tool's table setting and your grants on it.", text + where, error);
        }
        if (matches(text, "unresolved_column")) {
            return failure(Reason.INVALID_STATEMENT, "The column " + named(text, "with name") + " is not in the table:"
                    + " the table has changed, or the tool's column settings name a column it lacks.", text + where, error);
        }
        if (matches(text, "parse_syntax_error", "table_or_view_not_found", "unresolved_column", "schema_not_found",
                "unresolved_routine", "datatype_mismatch", "42000", "42p01")) {
            return failure(Reason.INVALID_STATEMENT, Reason.INVALID_STATEMENT.userMessage(), text + where, error);
        }
        return failure(Reason.FAILED, Reason.FAILED.userMessage(), text + where, error);
    }

    /**
     * The backticked name after {@code lead} in a Databricks error text ({@code The table or view `main`.`gold`.`x`
     * cannot be found}), without backticks; "it" when there is none. Names come from the statement, never values.
     */
    private static String named(String text, String lead) {
        Matcher name = Pattern.compile(Pattern.quote(lead) + "\\s+((?:`[^`]+`\\.?)+)", Pattern.CASE_INSENSITIVE)
                .matcher(text);
        return name.find() ? name.group(1).replace("`", "") : "it uses";
    }

    /** True for failures where running the same read again may succeed: busy, rate-limited, starting, unreachable. */
    static boolean isRetryable(WarehouseException e) {
        return e.reason() == Reason.UNAVAILABLE;
    }

    private static WarehouseException failure(Reason reason, String userMessage, String detail, Throwable cause) {
        return new DatabricksWarehouseException(reason, userMessage, detail, cause);
    }

    /** Every class name and message in the cause chain, lower-cased, for matching. */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && text.length() < 8000; t = t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return text.toString();
    }

    private static boolean matches(String text, String... needles) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String needle : needles) {
            if (lower.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A warehouse failure whose user message is specific to Databricks. */
    static final class DatabricksWarehouseException extends WarehouseException {

        private final String userMessage;

        DatabricksWarehouseException(Reason reason, String userMessage, String detail, Throwable cause) {
            super(reason, detail, cause);
            this.userMessage = userMessage;
        }

        @Override
        public String userMessage() {
            return userMessage;
        }
    }
}
