package dev.lakeside.taxi;

/**
 * The pickups in one grid cell: the cell's indexes ({@code floor(lat / cell)}, {@code floor(lon / cell)}),
 * its centre, and the trip count and averages of the trips that started in it. An average is null when
 * every trip in the cell has no value for it (SQL avg of only NULLs).
 */
record DensityCell(long latIndex, long lonIndex, double latitude, double longitude, long trips,
                   Double averageFare, Double averageTip, Double averageDistance) {

    Double value(TaxiMetric metric) {
        return switch (metric) {
            case PICKUPS -> (double) trips;
            case FARE -> averageFare;
            case TIP -> averageTip;
            case DISTANCE -> averageDistance;
        };
    }
}
