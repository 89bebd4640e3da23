package dev.lakeside.predict;

import dev.lakeside.warehouse.WarehouseException;
import dev.lakeside.warehouse.WarehouseException.Reason;

import java.util.Locale;

/**
 * Serving-endpoint failures in words about the endpoint. The shared translation of SDK errors
 * speaks of SQL warehouses and tables; the cause text it keeps (the SDK's error class and message)
 * says which endpoint problem it was.
 */
final class EndpointErrors {

    private EndpointErrors() {
    }

    static PredictionException translate(String endpoint, WarehouseException error) {
        String detail = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
        String name = "'" + endpoint + "'";
        if (detail.contains("notfound") || detail.contains("not_found") || detail.contains("does_not_exist")
                || detail.contains("does not exist")) {
            return new PredictionException("The serving endpoint " + name + " does not exist in this workspace. "
                    + "Check lakeside.predict.endpoint.", error);
        }
        if (error.reason() == Reason.PERMISSION_DENIED) {
            return new PredictionException("You may not query the serving endpoint " + name + ". Ask its owner for "
                    + "CAN_QUERY, and check that the app has the serving.serving-endpoints scope.", error);
        }
        if (error.reason() == Reason.UNAVAILABLE || error.reason() == Reason.TIMEOUT) {
            return new PredictionException("The serving endpoint " + name + " is busy, scaling up from zero or "
                    + "unreachable. Try again in a minute.", error);
        }
        if (detail.contains("bad_request") || detail.contains("badrequest") || detail.contains("invalid_parameter")) {
            return new PredictionException("The serving endpoint " + name + " refused the input. Check that the "
                    + "configured inputs (lakeside.predict.fields) match the model's signature.", error);
        }
        return new PredictionException("The serving endpoint " + name + " failed: " + error.userMessage(), error);
    }
}
