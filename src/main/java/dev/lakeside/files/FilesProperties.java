package dev.lakeside.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Volume files: {@code lakeside.files.*}.
 *
 * @param volumePath   the Unity Catalog volume folder on Databricks, e.g. {@code /Volumes/main/lakeside/uploads}
 * @param localFolder  the folder used instead in embedded mode
 * @param maxFileSize  the largest upload accepted
 * @param allowedTypes file extensions accepted (lower case, without dot); the content must match too
 */
@ConfigurationProperties("lakeside.files")
public record FilesProperties(@DefaultValue("/Volumes/main/lakeside/uploads") String volumePath,
                              @DefaultValue("./data/volume") Path localFolder,
                              @DefaultValue("50MB") DataSize maxFileSize,
                              @DefaultValue({"csv", "json", "txt", "png", "jpg", "jpeg", "pdf"}) List<String> allowedTypes) {

    public FilesProperties {
        allowedTypes = allowedTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).toList();
        for (String type : allowedTypes) {
            if (!FileType.known(type)) {
                throw new IllegalArgumentException("lakeside.files.allowed-types: no content check is known for \""
                        + type + "\"; known: " + FileType.KNOWN);
            }
        }
    }
}
