package dev.lakeside.explore;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How the explorer writes values in grid cells. */
final class Cells {

    private Cells() {
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Double d -> NumberFormat.getNumberInstance(Locale.ROOT).format(d);
            default -> value.toString();
        };
    }

    static String count(long rows) {
        return String.format(Locale.ROOT, "%,d", rows);
    }
}
