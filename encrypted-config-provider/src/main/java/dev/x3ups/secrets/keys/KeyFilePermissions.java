package dev.x3ups.secrets.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Owner-only permissions for key files: checked when reading, applied when writing. */
public final class KeyFilePermissions {
    static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private KeyFilePermissions() {
    }

    /** A warning when group or others may access the file; empty when owner-only or not a POSIX file system. */
    public static Optional<String> check(Path file) throws IOException {
        if (!supportsPosix(file)) {
            return Optional.empty();
        }
        Set<PosixFilePermission> open = Files.getPosixFilePermissions(file).stream()
                .filter(p -> !p.name().startsWith("OWNER_"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PosixFilePermission.class)));
        if (open.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Key file " + file + " is accessible to group or others ("
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
                + "); restrict it to its owner with: chmod 600 " + file);
    }

    /** Attributes that create a file readable and writable by its owner only, where the file system allows. */
    static FileAttribute<?>[] ownerOnlyAttributes(Path directory) {
        if (!supportsPosix(directory)) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }

    private static boolean supportsPosix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
