package dev.lakeside.lakebase;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How to reach Lakebase ({@code lakeside.writeback.store=lakebase}). On Databricks Apps the
 * {@code database} resource injects {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE},
 * {@code PGUSER}, {@code PGSSLMODE} and {@code PGAPPNAME}; application.properties maps them here.
 *
 * @param host          the Postgres host ({@code PGHOST})
 * @param port          its port ({@code PGPORT})
 * @param database      the database ({@code PGDATABASE})
 * @param user          the role to log in as: the app's service principal client id ({@code PGUSER})
 * @param sslmode       pgjdbc sslmode ({@code PGSSLMODE}); {@code require} when unset
 * @param appName       shown in {@code pg_stat_activity} ({@code PGAPPNAME})
 * @param instanceName  Lakebase Provisioned: the database instance; when set, each password is a database
 *                      credential from {@code generateDatabaseCredential}
 * @param endpoint      Lakebase Autoscaling: the endpoint {@code projects/<p>/branches/<b>/endpoints/<e>}; when
 *                      set, passwords come from the postgres credential API and are renewed before they expire.
 *                      With neither, the password is the app's OAuth token
 * @param password      a fixed password, for local Postgres and tests only; never set on Databricks
 * @param poolSize      most connections in the pool
 * @param maxLifetime   a connection is closed and replaced after this; must stay under the 1 h token life
 * @param connectTimeout how long to wait for a connection from the pool
 */
@ConfigurationProperties("lakeside.lakebase")
public record LakebaseProperties(String host,
                                 @DefaultValue("5432") int port,
                                 @DefaultValue("databricks_postgres") String database,
                                 String user,
                                 String sslmode,
                                 @DefaultValue("lakeside") String appName,
                                 String instanceName,
                                 String endpoint,
                                 String password,
                                 @DefaultValue("5") int poolSize,
                                 @DefaultValue("45m") Duration maxLifetime,
                                 @DefaultValue("10s") Duration connectTimeout) {

    /** The longest a pooled connection may live: Lakebase tokens last one hour and are checked only at login. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    public LakebaseProperties {
        host = blankToNull(host);
        database = blankToNull(database) == null ? "databricks_postgres" : database;
        user = blankToNull(user);
        sslmode = blankToNull(sslmode) == null ? "require" : sslmode;
        appName = blankToNull(appName) == null ? "lakeside" : appName;
        instanceName = blankToNull(instanceName);
        endpoint = blankToNull(endpoint);
        if (instanceName != null && endpoint != null) {
            throw new IllegalArgumentException("Set lakeside.lakebase.instance-name (Lakebase Provisioned) or "
                    + "lakeside.lakebase.endpoint (Lakebase Autoscaling), not both");
        }
        if (endpoint != null && !endpoint.matches("projects/[^/]+/branches/[^/]+/endpoints/[^/]+")) {
            throw new IllegalArgumentException("lakeside.lakebase.endpoint must look like "
                    + "projects/<project>/branches/<branch>/endpoints/<endpoint>, was " + endpoint);
        }
        password = blankToNull(password);
        if (maxLifetime.compareTo(TOKEN_LIFETIME) >= 0) {
            throw new IllegalArgumentException("lakeside.lakebase.max-lifetime must be under 1 h (the token lifetime), was "
                    + maxLifetime);
        }
    }

    /** Never prints the password (a record's own toString would, e.g. in a failed-binding or debug log). */
    @Override
    public String toString() {
        return "LakebaseProperties[host=" + host + ", port=" + port + ", database=" + database + ", user=" + user
                + ", sslmode=" + sslmode + ", appName=" + appName + ", instanceName=" + instanceName + ", endpoint=" + endpoint
                + ", password=" + (password == null ? "none" : "set") + ", poolSize=" + poolSize
                + ", maxLifetime=" + maxLifetime + ", connectTimeout=" + connectTimeout + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
