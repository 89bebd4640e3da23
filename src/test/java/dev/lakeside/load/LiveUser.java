package dev.lakeside.load;

import java.time.Duration;
import java.util.Random;

/**
 * Someone watching the live sensor dashboard: does nothing but keep the tab open while the server
 * pushes the new moving averages down the WebSocket (every refresh interval).
 */
final class LiveUser implements UserScript {

    @Override
    public String tool() {
        return "live";
    }

    @Override
    public String route() {
        return "live";
    }

    @Override
    public void round(UidlClient client, Random random, Think think) throws Exception {
        client.forgetPushes();
        long start = System.nanoTime();
        if (client.awaitPush(message -> message.contains("Last updated"), Duration.ofSeconds(15)) != null) {
            client.stats().latency("live.wait-for-push", System.nanoTime() - start);
        } else {
            client.stats().error("live.push", "no dashboard update pushed within 15 s");
        }
        think.pause(random);
    }
}
