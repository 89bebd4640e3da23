package dev.lakeside.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Revenue, units and orders of a period and of the period of equal length before it. */
record SalesKpis(Kpi revenue, Kpi units, Kpi orders) {

    /** One figure now and before. */
    record Kpi(BigDecimal current, BigDecimal previous) {

        /** The change from the previous period in percent, one decimal; null when there was nothing before. */
        BigDecimal changePercent() {
            if (previous.signum() == 0) {
                return null;
            }
            return current.subtract(previous).multiply(BigDecimal.valueOf(100))
                    .divide(previous, 1, RoundingMode.HALF_UP);
        }
    }
}
