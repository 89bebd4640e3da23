package dev.lakeside.ui;

import java.util.Optional;

/**
 * Something outside the app that keeps Lakeside from working (an unreachable workspace, a deleted warehouse),
 * in a sentence for the banner of the {@link MainLayout}. Implementations answer from what they already know:
 * the layout asks on every navigation, under the session lock, so they must never wait on the network.
 */
public interface StatusNotice {

    /** What is wrong and what to do, or empty when all is well. */
    Optional<String> problem();
}
