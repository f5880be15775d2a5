package dev.nbexport.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder as the user named it, and the directory walked for it. A folder named through a
 * symbolic link (a project linked to from the home directory) is walked at the link's target, as
 * the user asked for that folder; links found below it are still not followed. What the walk finds
 * is given back under the name the user gave.
 */
public record NamedFolder(Path named, Path walked) {

    public static NamedFolder of(Path folder) {
        try {
            return new NamedFolder(folder, Files.isSymbolicLink(folder) ? folder.toRealPath() : folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code found} below {@link #walked}, spelled below {@link #named}. */
    public Path asNamed(Path found) {
        return walked == named ? found : named.resolve(walked.relativize(found));
    }

    /** {@code path}, if below {@link #named}, spelled below {@link #walked}. */
    public Path asWalked(Path path) {
        return walked == named || !path.startsWith(named) ? path : walked.resolve(named.relativize(path));
    }
}
