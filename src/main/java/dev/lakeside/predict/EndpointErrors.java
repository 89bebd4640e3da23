package dev.lakeside.predict;

import com.databricks.sdk.core.error.platform.BadRequest;
import com.databricks.sdk.core.error.platform.NotFound;
import dev.lakeside.warehouse.WarehouseException;
import dev.lakeside.warehouse.WarehouseException.Reason;

/**
 * Serving-endpoint failures in words about the endpoint. The shared translation of SDK errors
 * speaks of SQL warehouses and tables; its cause is the SDK's typed error (NotFound, BadRequest, ...)
 * for the HTTP status and error code the endpoint answered.
 */
final class EndpointErrors {

    private EndpointErrors() {
    }

    static PredictionException translate(String endpoint, WarehouseException error) {
        String name = "'" + endpoint + "'";
        if (has(error, NotFound.class)) {
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
        if (has(error, BadRequest.class)) {
            return new PredictionException("The serving endpoint " + name + " refused the input. Check that the "
                    + "configured inputs (lakeside.predict.fields) match the model's signature.", error);
        }
        return new PredictionException("The serving endpoint " + name + " failed: " + error.userMessage(), error);
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
