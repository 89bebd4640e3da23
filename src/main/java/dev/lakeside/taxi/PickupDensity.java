package dev.lakeside.taxi;

import java.util.List;

/** The non-empty cells of a {@link DensityQuery}, ordered by latitude then longitude index. */
record PickupDensity(DensityQuery query, List<DensityCell> cells) {

    PickupDensity {
        cells = List.copyOf(cells);
    }

    long trips() {
        return cells.stream().mapToLong(DensityCell::trips).sum();
    }
}
