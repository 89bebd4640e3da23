package dev.lakeside.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jobs the Jobs tool may run: {@code lakeside.jobs.<id>.*}. On Databricks each names an existing
 * job by {@code job-id}; locally each runs the built-in gold refresh described by {@code local}.
 */
@ConfigurationProperties("lakeside")
public record JobsProperties(@DefaultValue Map<String, Job> jobs) {

    /**
     * One runnable job.
     *
     * @param title       shown in the job list
     * @param description one or two sentences on what a run does
     * @param jobId       the Databricks job id (mode databricks); unused locally
     * @param parameters  job parameter names with their default values, in form order
     * @param local       what the local run computes (embedded mode)
     */
    public record Job(String title, String description, String jobId,
                      @DefaultValue Map<String, String> parameters, @DefaultValue Local local) {

        public Job {
            parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    /**
     * The local stand-in: summarises {@code sourceTable} (orders with order_date, region, units,
     * revenue) by region and month into {@code targetTable}.
     */
    public record Local(@DefaultValue("gold.sales") String sourceTable,
                        @DefaultValue("gold.sales_by_region") String targetTable) {
    }
}
