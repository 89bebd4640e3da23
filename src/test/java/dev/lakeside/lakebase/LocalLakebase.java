package dev.lakeside.lakebase;

/**
 * Starts a local PostgreSQL (the test suite's embedded one) to try lakebase mode without a
 * workspace, and prints the arguments to start the app against it. See docs/lakebase.md.
 */
public final class LocalLakebase {

    private LocalLakebase() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedLakebase lakebase = EmbeddedLakebase.create();
        String password = args.length > 0 ? args[0] : "local-dev-password";
        lakebase.setPassword(password);
        System.out.println("--lakeside.writeback.store=lakebase --lakeside.lakebase.host=localhost"
                + " --lakeside.lakebase.port=" + lakebase.port() + " --lakeside.lakebase.database=" + lakebase.database()
                + " --lakeside.lakebase.user=" + lakebase.user() + " --lakeside.lakebase.sslmode=disable"
                + " --lakeside.lakebase.password=" + password);
        System.out.flush();
        Thread.currentThread().join(); // keeps the server up until the process is stopped
    }
}
