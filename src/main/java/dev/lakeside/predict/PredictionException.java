package dev.lakeside.predict;

/** A prediction that could not be made, with a message the user can act on. */
public class PredictionException extends RuntimeException {

    public PredictionException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public PredictionException(String userMessage) {
        super(userMessage);
    }
}
