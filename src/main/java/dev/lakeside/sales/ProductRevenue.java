package dev.lakeside.sales;

import java.math.BigDecimal;

/** Revenue of one product. */
record ProductRevenue(String product, BigDecimal revenue) {
}
