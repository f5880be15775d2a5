package dev.nbexport.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Writes that either happen completely or not at all. */
public final class AtomicFiles {

    /** A new file gets 0644, not the 0600 of a temporary file. */
    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
        return writeIfDifferent(path, bytes, null);
    }

    /**
     * Like {@link #writeIfDifferent(Path, byte[])}, for bytes made from the file itself when it was
     * in {@code readAs}: if the file has changed since (an editor saved it while it was being
     * stripped), nothing is written and a {@link ChangedMeanwhileException} says so; the new content
     * stays. The last look is just before the move, so the window for a save to be lost is that of
     * one system call, not that of the whole work.
     */
    public static boolean writeIfDifferent(Path path, byte[] bytes, FileState readAs) throws IOException {
        // One attribute read answers whether the file exists, is a link, its size and permissions:
        // strip rewrites thousands of files, and every extra call on a directory contends for its lock.
        BasicFileAttributes existing = attributesOf(path);
        Path target = path;
        if (existing != null && existing.isSymbolicLink()) {
            // Write through a symbolic link to the file it names, instead of replacing the link.
            target = path.toRealPath();
            existing = attributesOf(target);
        }
        if (existing != null && existing.isRegularFile() && existing.size() == bytes.length && hasContent(target, bytes)) {
            return false;
        }
        if (existing instanceof PosixFileAttributes attributes && existing.isRegularFile()
                && !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            throw new ReadOnlyException();
        }
        Path directory = target.toAbsolutePath().getParent();
        if (existing == null && !Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        Set<PosixFilePermission> permissions = existing instanceof PosixFileAttributes attributes ? attributes.permissions() : NEW_FILE_PERMISSIONS;
        boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
        Path temp = null;
        boolean moved = false;
        try {
            FileChannel[] opened = new FileChannel[1];
            try {
                while (temp == null) {
                    Path candidate = directory.resolve(temporaryName(target));
                    temp = TemporaryFiles.track(() -> {
                        opened[0] = createNew(candidate, posix);
                        return opened[0] == null ? null : candidate;
                    });
                }
            } catch (AccessDeniedException e) {
                throw new FolderNotWritableException(existing != null);
            }
            FileChannel channel = opened[0];
            try (FileChannel out = channel) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            if (existing instanceof PosixFileAttributes attributes) {
                keepOwner(temp, attributes);
            }
            if (posix) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            if (readAs != null && !readAs.describes(target)) {
                throw new ChangedMeanwhileException();
            }
            if (existing != null && existing.isRegularFile() && hasOtherNames(target) && wroteInPlace(target, bytes, temp)) {
                moved = true;
                try {
                    TemporaryFiles.remove(temp);
                } catch (IOException leftBehind) {
                    // The notebook is written; only the flushed copy beside it stays.
                }
                return true;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            TemporaryFiles.release(temp);
        } finally {
            if (!moved && temp != null) {
                TemporaryFiles.remove(temp);
            }
        }
        return true;
    }

    /** Whether the file has other names (hard links), which a replacement would leave with the old content. */
    private static boolean hasOtherNames(Path file) {
        try {
            return Files.getAttribute(file, "unix:nlink") instanceof Integer links && links > 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Writes {@code bytes} into the file itself, as editors do for a file with other names, once the
     * same bytes are safe on disk beside it, in {@code copy}: a stop of the process (Ctrl-C, {@code kill}) waits for
     * the write to end rather than remove that copy under it. False if the write failed (or the stop
     * had begun): the replacement is then moved over the file after all, so that this name gets the
     * whole new content (the other names keep what the write left, the old content if it never began).
     */
    private static boolean wroteInPlace(Path file, byte[] bytes, Path copy) {
        try {
            TemporaryFiles.relyingOnCopy(file, copy, () -> {
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's owner denied itself writing: it is left as it is. */
    public static final class ReadOnlyException extends IOException {
        ReadOnlyException() {
            super("read-only, so left as it is (make it writable to have it written)");
        }
    }

    /**
     * The folder does not let this user make a file in it, so nothing was written: a file is
     * replaced whole through a new one beside it, never written over where it is.
     */
    public static final class FolderNotWritableException extends IOException {
        FolderNotWritableException(boolean replacing) {
            super(replacing
                    ? "its folder is not writable, so left as it is (it is replaced through a new file beside it, never"
                            + " written over; make the folder writable to have it written)"
                    : "its folder is not writable");
        }
    }

    /**
     * Gives the replacement the replaced file's owner and group, where they are another user's (a
     * strip run as root over a user's notebooks) and this process may; where it may not, the file
     * becomes this user's, as with any editor's save.
     */
    private static void keepOwner(Path temp, PosixFileAttributes replaced) {
        if (replaced.owner().getName().equals(USER)) {
            return;
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            view.setGroup(replaced.group());
            view.setOwner(replaced.owner());
        } catch (IOException | UnsupportedOperationException e) {
            // Not allowed: the file is this user's from now on.
        }
    }

    private static final String USER = System.getProperty("user.name");

    /** The file to be replaced changed after it was read; it was left as it now is. */
    public static final class ChangedMeanwhileException extends IOException {
        ChangedMeanwhileException() {
            super("changed while nbexport worked on it, so it was left as it now is; run again");
        }
    }

    /** A hidden name beside the target, unique enough that a clash (then another name is tried) is rare. */
    private static String temporaryName(Path target) {
        // 63 random bits: a positive number in base 36 is written without BigInteger, which an
        // unsigned one of 64 bits needs half the time (and the JIT then compiles for every run).
        long random = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
        return TemporaryFiles.prefixBeside(target) + Long.toString(random, 36) + ".nbexport-tmp";
    }

    /**
     * A new file, never an existing one nor through a link, readable by its owner only while it is
     * written (where the file system has permissions); null when the name is taken.
     */
    private static FileChannel createNew(Path file, boolean posix) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return posix ? FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : FileChannel.open(file, options);
        } catch (FileAlreadyExistsException e) {
            return null;
        }
    }

    /** The attributes of {@code path} itself (not of a file it links to), or null when there is nothing there. */
    private static BasicFileAttributes attributesOf(Path path) throws IOException {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            return view != null ? view.readAttributes() : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static boolean hasContent(Path file, byte[] bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Streams.holdsExactly(in, bytes);
        }
    }
}
