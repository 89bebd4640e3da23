package dev.lakeside.live;

import java.time.Instant;

/**
 * What one pipeline run did.
 *
 * @param fromSeq     bronze rows after this sequence number were read
 * @param toSeq       up to and including this one (equal to fromSeq when there was nothing new)
 * @param readings    bronze rows read
 * @param dropped     of those, readings that came after the watermark and were not folded in
 * @param committedAt when the run ended with its checkpoint update (the commit point on every engine)
 */
record RollUpReport(long fromSeq, long toSeq, long readings, long dropped, Instant committedAt) {

    boolean idle() {
        return readings == 0;
    }
}
