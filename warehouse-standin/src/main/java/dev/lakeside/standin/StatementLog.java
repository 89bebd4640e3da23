package dev.lakeside.standin;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Every statement the stand-in was asked to run, one JSON string a line, for the tests' coverage count. */
final class StatementLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    StatementLog(Path file) {
        this.file = file;
    }

    synchronized void append(String sql) {
        try {
            Files.writeString(file, JSON.writeValueAsString(sql) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
