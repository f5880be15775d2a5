package dev.nbexport.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes that either happen completely or not at all. */
public final class AtomicFiles {

    /** A new file gets 0644, not the 0600 of a temporary file. */
    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /** Gives a new (temporary) file the 0644 of an ordinary file, where the file system has permissions. */
    public static void makeReadable(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(NEW_FILE_PERMISSIONS);
        }
    }

    /**
     * Replaces {@code target} with {@code bytes} through a temporary file in the same directory,
     * flushed to disk and then moved over the target, keeping the target's permissions. Does
     * nothing when the target already holds exactly these bytes. Returns whether it wrote.
     */
    public static boolean writeIfDifferent(Path path, byte[] bytes) throws IOException {
        // Write through a symbolic link to the file it names, instead of replacing the link.
        Path target = Files.isSymbolicLink(path) ? path.toRealPath() : path;
        if (Files.isRegularFile(target) && hasContent(target, bytes)) {
            return false;
        }
        Path directory = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".nbexport-tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    private static boolean hasContent(Path file, byte[] bytes) throws IOException {
        if (Files.size(file) != bytes.length) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Streams.holdsExactly(in, bytes);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (target == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(from, LinkOption.NOFOLLOW_LINKS)
                ? Files.getPosixFilePermissions(from)
                : NEW_FILE_PERMISSIONS;
        target.setPermissions(permissions);
    }
}
