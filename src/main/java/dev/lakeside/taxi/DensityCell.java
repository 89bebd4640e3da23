package dev.lakeside.taxi;

/**
 * The pickups in one grid cell: the cell's indexes ({@code floor(lat / cell)}, {@code floor(lon / cell)}),
 * its centre, and the trip count and averages of the trips that started in it.
 */
record DensityCell(long latIndex, long lonIndex, double latitude, double longitude, long trips,
                   double averageFare, double averageTip, double averageDistance) {

    double value(TaxiMetric metric) {
        return switch (metric) {
            case PICKUPS -> trips;
            case FARE -> averageFare;
            case TIP -> averageTip;
            case DISTANCE -> averageDistance;
        };
    }
}
