package dev.lakeside.load;

import java.util.Random;

/**
 * What one kind of simulated user does on its tool: the page it opens and one round of its typical
 * interactions, with think time between steps. One small class per tool.
 */
interface UserScript {

    String tool();

    String route();

    default String query() {
        return "";
    }

    void round(UidlClient client, Random random, Think think) throws Exception;

    /** The pause a person takes between two actions. */
    record Think(long minMillis, long maxMillis) {

        void pause(Random random) throws InterruptedException {
            Thread.sleep(minMillis + (maxMillis > minMillis ? random.nextLong(maxMillis - minMillis) : 0));
        }
    }
}
