package dev.lakeside.live;

import java.time.LocalDateTime;

/**
 * How far the pipeline has got, as stored in {@code silver.sensor_pipeline_checkpoint}.
 *
 * @param lastSeq     every bronze row up to this sequence number is in silver and gold
 * @param maxEventTs  the newest reading time seen; the watermark trails it (null before any reading)
 * @param processed   bronze rows read so far
 * @param droppedLate readings that arrived after the watermark and were left out
 * @param updatedAt   when a run last committed (UTC), the pipeline's heartbeat
 */
record PipelineCheckpoint(long lastSeq, LocalDateTime maxEventTs, long processed, long droppedLate,
                          LocalDateTime updatedAt) {
}
