package dev.lakeside.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One order line of {@code gold.sales}, as the dashboard's grid shows it. */
record SaleRow(long orderId, LocalDate orderDate, String region, String product, String category, int units,
               BigDecimal unitPrice, BigDecimal revenue) {
}
