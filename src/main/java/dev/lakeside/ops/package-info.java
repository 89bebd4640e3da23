/**
 * Operations: what running Lakeside on a platform (Databricks Apps) needs beyond the tools. Request ids
 * from {@code X-Request-Id} in every log line, warehouse latency and Vaadin session metrics for
 * {@code /actuator/prometheus}. Settings: {@code application-apps.properties}; see docs/deploy-databricks.md.
 */
package dev.lakeside.ops;
