package dev.lakeside.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parameter holding many texts bound as ONE SQL array ({@code VARCHAR[]}), for engines whose
 * {@link Dialect} binds a column of values at once. Elements may be null.
 */
public record TextArray(List<String> values) {

    public TextArray {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
