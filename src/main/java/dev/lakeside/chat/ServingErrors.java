package dev.lakeside.chat;

import com.databricks.sdk.core.DatabricksError;
import dev.lakeside.warehouse.WarehouseException.Reason;

/** What a failed call to a serving endpoint means to the person chatting, by HTTP status. */
final class ServingErrors {

    private ServingErrors() {
    }

    static ChatFailure translate(String endpoint, DatabricksError error) {
        String detail = "HTTP " + error.getStatusCode() + " " + error.getErrorCode() + ": " + error.getMessage();
        String name = "The chat endpoint " + endpoint;
        return switch (error.getStatusCode()) {
            case 401 -> new ChatFailure(Reason.PERMISSION_DENIED,
                    "Your Databricks sign-in has expired or is not valid. Reload the page to sign in again.", detail, error);
            case 403 -> new ChatFailure(Reason.PERMISSION_DENIED, "You may not query the chat endpoint " + endpoint
                    + ". Ask for CAN_QUERY on the endpoint; with identity mode user the app also needs the "
                    + "serving.serving-endpoints scope.", detail, error);
            case 404 -> new ChatFailure(Reason.FAILED, name + " does not exist in this workspace, or you cannot see it. "
                    + "Check lakeside.chat.endpoint (LAKESIDE_CHAT_ENDPOINT).", detail, error);
            case 429 -> new ChatFailure(Reason.UNAVAILABLE, name + " is receiving too many requests right now "
                    + "(rate limit). Wait a moment and ask again.", detail, error);
            case 400, 422 -> new ChatFailure(Reason.INVALID_STATEMENT, name + " refused the question: "
                    + shorten(error.getMessage()), detail, error);
            case 503, 504 -> new ChatFailure(Reason.UNAVAILABLE, name + " is not ready (it may be starting or "
                    + "scaling up from zero). Try again in a minute.", detail, error);
            default -> new ChatFailure(Reason.FAILED, name + " failed to answer (HTTP " + error.getStatusCode()
                    + "). Try again; if it keeps failing, check the endpoint's logs.", detail, error);
        };
    }

    private static String shorten(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given.";
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
