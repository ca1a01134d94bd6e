package dev.x3ups.quickstart.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** The run's temporary directory: log file, plugin path, broker data, key file. Removed on close. */
public final class Workspace implements AutoCloseable {

    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    public static Workspace create() {
        try {
            return new Workspace(Files.createTempDirectory("x3ups-quickstart-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    public Path root() {
        return root;
    }

    public Path logFile() {
        return root.resolve("quickstart.log");
    }

    public Path pluginPath() {
        return root.resolve("plugins");
    }

    /**
     * A copy of {@code file} inside the workspace that only the owner may read (a checkout does not keep
     * file modes, and the key file's reader warns about wider ones).
     */
    public Path ownerOnlyCopy(Path file) {
        Path copy = root.resolve(file.getFileName());
        try {
            if (Files.getFileStore(root).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.createFile(copy, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(copy, Files.readAllBytes(file));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " into " + root, e);
        }
    }

    /** Deletes the directory tree; what cannot be deleted is left, never thrown about. */
    @Override
    public void close() {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a file still held open (e.g. the log on some systems) only leaves a temp file behind
        }
    }
}
