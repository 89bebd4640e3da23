package dev.lakeside.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Revenue of the day, week or month that starts on {@code start}. */
record RevenueByTime(LocalDate start, BigDecimal revenue) {
}
