package dev.lakeside.lakebase;

/**
 * Where the password of a new Lakebase connection comes from. Asked once for every new physical
 * connection, never cached by the pool: Lakebase checks the token only at login, so a connection
 * outlives its token, but a new one needs a fresh token.
 */
@FunctionalInterface
public interface LakebasePassword {

    /** A password valid now for the configured user. */
    String next();
}
