package dev.nbexport.core.files;

import dev.nbexport.core.io.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Tells one version of a file from another where size and modification time cannot: both can be
 * set back from user space ({@code cp -p}, {@code rsync -a}, unpacking an archive, {@code utime}).
 * On a file system whose change time only the kernel sets, the file's inode number and change time
 * (a rewrite changes the change time, a replacement the inode); elsewhere (no {@code unix} view,
 * as on Windows; FAT, whose "change time" is its creation time; SMB and other mounts whose times
 * the other side sets) a SHA-256 of the content, which costs a read but not a verification.
 * Thread-safe.
 */
final class FileIdentity {

    /** File system types (as {@code FileStore.type()} names them) whose change time the kernel keeps. */
    static final Set<String> KERNEL_CHANGE_TIME = Set.of("ext2", "ext3", "ext4", "xfs", "btrfs", "zfs", "f2fs",
            "tmpfs", "overlay", "apfs", "hfs", "nfs", "nfs4");

    /**
     * A file's identity and the latest time its content or attributes were set, in nanoseconds
     * since the epoch (its change time where known, else its modification time).
     */
    record Identity(long size, long modifiedNanos, long changedNanos, String text) {
    }

    private final Predicate<Path> trustsChangeTime;
    private final Map<Object, Boolean> trustByDevice = new ConcurrentHashMap<>();

    FileIdentity(Predicate<Path> trustsChangeTime) {
        this.trustsChangeTime = trustsChangeTime;
    }

    /** Trusts the change time on the file systems of {@link #KERNEL_CHANGE_TIME}. */
    static FileIdentity standard() {
        return new FileIdentity(FileIdentity::onKernelChangeTimeStore);
    }

    /** Reads the identity of {@code file}; for content hashes, the file is read whole. */
    Identity of(Path file) throws IOException {
        Map<String, Object> unix = unixAttributes(file);
        if (unix != null && trusted(file, unix.get("dev"))) {
            long modified = nanos(unix.get("lastModifiedTime"));
            long changed = nanos(unix.get("ctime"));
            return new Identity((Long) unix.get("size"), modified, Math.max(modified, changed),
                    "unix " + unix.get("ino") + " " + changed);
        }
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
        long modified = basic.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return new Identity(basic.size(), modified, modified, "sha256 " + Sha256.ofFile(file));
    }

    private static Map<String, Object> unixAttributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, "unix:dev,ino,ctime,size,lastModifiedTime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private boolean trusted(Path file, Object device) {
        return device != null && trustByDevice.computeIfAbsent(device, d -> trustsChangeTime.test(file));
    }

    private static boolean onKernelChangeTimeStore(Path file) {
        try {
            return KERNEL_CHANGE_TIME.contains(Files.getFileStore(file).type().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }
}
