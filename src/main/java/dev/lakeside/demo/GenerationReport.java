package dev.lakeside.demo;

import java.util.List;

/**
 * What one {@link DemoDataGenerator#generate} call did.
 *
 * @param datasets    one entry per dataset, in generation order
 * @param totalMillis wall-clock time of the whole call
 */
public record GenerationReport(List<Dataset> datasets, long totalMillis) {

    public GenerationReport {
        datasets = List.copyOf(datasets);
    }

    /**
     * One dataset's outcome.
     *
     * @param name      the dataset, such as {@code sales}
     * @param generated true if its tables were (re)created, false if they were already up to date
     * @param rows      the configured row count of its main table
     * @param millis    time spent on it, including the up-to-date check
     */
    public record Dataset(String name, boolean generated, long rows, long millis) {
    }

    /** Names of the datasets whose tables were (re)created. */
    public List<String> generated() {
        return datasets.stream().filter(Dataset::generated).map(Dataset::name).toList();
    }

    /** Names of the datasets that were already up to date. */
    public List<String> skipped() {
        return datasets.stream().filter(d -> !d.generated()).map(Dataset::name).toList();
    }
}
