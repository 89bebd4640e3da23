package dev.lakeside.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where files are kept: a Unity Catalog volume through the Files API, or a local folder. Names
 * reaching a store have passed {@link FileNames#requireValid}.
 */
interface VolumeStore {

    /** Shown as a badge: "Local" or "Databricks". */
    String label();

    /** Where files go, for the page to say, e.g. {@code /Volumes/main/lakeside/uploads}. */
    String location();

    /** The files (not folders), by name. */
    List<StoredFile> list() throws IOException;

    /** Stores {@code size} bytes from {@code contents} as {@code name}, replacing a file of that name. */
    void write(String name, InputStream contents, long size) throws IOException;

    /** The file's bytes; the caller closes the stream. */
    InputStream open(String name) throws IOException;

    void delete(String name) throws IOException;
}
