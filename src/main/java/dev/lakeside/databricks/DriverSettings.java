package dev.lakeside.databricks;

import java.util.Properties;

/**
 * The databricks-jdbc connection properties Lakeside uses. Credentials go into properties, never
 * into the URL, so they cannot end up in a log line that prints the URL.
 */
final class DriverSettings {

    static final String DRIVER_CLASS = "com.databricks.client.jdbc.Driver";

    private DriverSettings() {
    }

    /** Settings shared by every connection: the REST Statement Execution API and no driver-side retries. */
    static Properties common(DatabricksProperties properties) {
        Properties p = new Properties();
        // The SQL Statement Execution API (REST) instead of Thrift: native ? parameters, inline results.
        p.setProperty("useThriftClient", "0");
        p.setProperty("ConnCatalog", properties.catalog());
        // Lakeside decides what to retry (reads only, see ReadRetry): the driver would retry writes as well,
        // and by default waits up to 15 minutes on 503.
        p.setProperty("TemporarilyUnavailableRetry", "0");
        p.setProperty("RateLimitRetry", "0");
        p.setProperty("EnableTelemetry", "0");
        p.setProperty("UserAgentEntry", "lakeside");
        return p;
    }

    /** The app's service principal: OAuth M2M; the driver fetches and refreshes the token itself. */
    static Properties servicePrincipal(DatabricksProperties properties) {
        Properties p = common(properties);
        p.setProperty("AuthMech", "11");
        p.setProperty("Auth_Flow", "1");
        p.setProperty("OAuth2ClientId", properties.clientId());
        p.setProperty("OAuth2Secret", properties.clientSecret());
        return p;
    }

    /** A token passed through as is: a signed-in user's X-Forwarded-Access-Token, or a local PAT. */
    static Properties accessToken(DatabricksProperties properties, String token) {
        Properties p = common(properties);
        p.setProperty("AuthMech", "11");
        p.setProperty("Auth_Flow", "0");
        p.setProperty("Auth_AccessToken", token);
        return p;
    }
}
