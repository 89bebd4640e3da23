package dev.lakeside.files;

import java.time.Instant;

/** One file in the volume, as the list shows it. */
record StoredFile(String name, long size, Instant modified) {
}
