package dev.lakeside.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The inputs a model takes, in order, and the check of one row of values against them. */
public record InputSchema(List<InputField> fields) {

    public InputSchema {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("A model needs at least one input (lakeside.predict.fields)");
        }
    }

    public List<String> names() {
        return fields.stream().map(InputField::name).toList();
    }

    /** Every problem with {@code values}: a missing, out-of-range or fractional value for a whole number. */
    List<String> problems(Map<String, Double> values) {
        List<String> problems = new ArrayList<>();
        for (InputField field : fields) {
            String problem = field.problem(values.get(field.name()));
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** The values in schema order, for a model that takes a vector. */
    double[] vector(Map<String, ?> values) {
        double[] vector = new double[fields.size()];
        for (int i = 0; i < vector.length; i++) {
            String name = fields.get(i).name();
            vector[i] = ((Number) Objects.requireNonNull(values.get(name), () -> "No value for input " + name))
                    .doubleValue();
        }
        return vector;
    }
}
