package dev.lakeside.predict;

import dev.lakeside.warehouse.Identifiers;

/**
 * One input of the model, as configured: the name sent to the endpoint (and the column read from a
 * source table), the label the form shows, whether it is a whole number, and its allowed range.
 */
public record InputField(String name, String label, Type type, double min, double max) {

    /** Whole numbers or decimals. */
    public enum Type {
        INTEGER, DECIMAL
    }

    public InputField {
        Identifiers.requireValid(name);
        label = label == null || label.isBlank() ? name : label;
        type = type == null ? Type.DECIMAL : type;
        if (!(min <= max)) {
            throw new IllegalArgumentException("Input " + name + ": min " + min + " is above max " + max);
        }
    }

    /** Why {@code value} is not acceptable for this input, or null when it is. */
    String problem(Double value) {
        if (value == null || value.isNaN()) {
            return label + " is required";
        }
        if (value < min || value > max) {
            return label + " must be between " + format(min) + " and " + format(max);
        }
        if (type == Type.INTEGER && value != Math.rint(value)) {
            return label + " must be a whole number";
        }
        return null;
    }

    static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
