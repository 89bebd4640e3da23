package dev.lakeside.taxi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which pickups to grid: those from the start of {@code date} for {@code days} days, in square
 * cells of {@code cellDegrees} degrees of latitude and longitude.
 */
record DensityQuery(LocalDate date, int days, double cellDegrees) {

    static final int MAX_DAYS = 31;
    static final double MIN_CELL = 0.001;
    static final double MAX_CELL = 0.1;
    static final double DEFAULT_CELL = 0.01;
    /** Trip data lies well inside these; beyond them the date arithmetic and timestamp binding overflow. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    DensityQuery {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("date must be between " + MIN_YEAR + "-01-01 and " + MAX_YEAR
                    + "-12-31, got " + date);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", got " + days);
        }
        if (!(cellDegrees >= MIN_CELL && cellDegrees <= MAX_CELL)) {
            throw new IllegalArgumentException("cell must be between " + MIN_CELL + " and " + MAX_CELL
                    + " degrees, got " + cellDegrees);
        }
    }

    LocalDate endExclusive() {
        return date.plusDays(days);
    }
}
