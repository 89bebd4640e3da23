package dev.lakeside.warehouse;

/** A warehouse failure, with a reason the UI can turn into a message a user can act on. */
public class WarehouseException extends RuntimeException {

    /** Why a statement failed. */
    public enum Reason {
        TIMEOUT("The query took too long and was stopped."),
        CANCELLED("The query was cancelled."),
        PERMISSION_DENIED("You do not have permission to do this."),
        UNAVAILABLE("The warehouse is not reachable right now. Try again in a moment."),
        INVALID_STATEMENT("The warehouse refused the statement."),
        /** Another write to the same rows committed first; nothing of this statement was applied. */
        CONFLICT("Someone else changed the same rows at the same moment. Nothing was written."),
        FAILED("The warehouse reported an error.");

        private final String userMessage;

        Reason(String userMessage) {
            this.userMessage = userMessage;
        }

        public String userMessage() {
            return userMessage;
        }
    }

    private final Reason reason;

    public WarehouseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** A sentence to show a user: what happened, without stack traces or SQL. */
    public String userMessage() {
        return reason.userMessage();
    }
}
