package dev.lakeside.sales;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the dashboard shows: orders dated {@code from} to {@code to} (both included), in one
 * region or all of them.
 *
 * @param from   the first day
 * @param to     the last day, not before {@code from}
 * @param region a region name, or null for every region
 */
record SalesFilter(LocalDate from, LocalDate to, String region) {

    SalesFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date " + to + " is before the start date " + from);
        }
        region = region == null || region.isBlank() ? null : region;
    }

    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of equal length that ends the day before this one starts, in the same region. */
    SalesFilter previousPeriod() {
        LocalDate previousTo = from.minusDays(1);
        return new SalesFilter(previousTo.minusDays(days() - 1), previousTo, region);
    }

    /** Day buckets up to two months, weeks up to a year and a bit, months beyond. */
    TimeBucket bucket() {
        return days() <= 62 ? TimeBucket.DAY : days() <= 400 ? TimeBucket.WEEK : TimeBucket.MONTH;
    }
}
