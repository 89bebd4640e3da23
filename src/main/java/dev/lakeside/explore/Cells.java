package dev.lakeside.explore;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** How the explorer writes values in grid cells. */
final class Cells {

    private Cells() {
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> decimal(d);
            case Double d -> NumberFormat.getNumberInstance(Locale.ROOT).format(d);
            default -> value.toString();
        };
    }

    /** Thousands grouped, and exactly the decimals the warehouse returned: 3,866,183.95. */
    private static String decimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    static String count(long rows) {
        return String.format(Locale.ROOT, "%,d", rows);
    }
}
