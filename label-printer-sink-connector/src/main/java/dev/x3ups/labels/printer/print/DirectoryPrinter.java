package dev.x3ups.labels.printer.print;

import dev.x3ups.client.AtomicFiles;
import dev.x3ups.records.LabelDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes each document as one file ({@link FileNames}) into a directory a print server or shared folder watches.
 * A file appears whole or not at all: it is written under a hidden temporary name and renamed, so a watcher never
 * picks up half a label.
 */
public final class DirectoryPrinter implements Printer {
    private final Path directory;

    public DirectoryPrinter(Path directory) {
        this.directory = directory;
    }

    @Override
    public void print(List<LabelDocument> documents) throws IOException {
        for (LabelDocument document : documents) {
            String name = FileNames.of(document);
            Path target = directory.resolve(name);
            AtomicFiles.replace(directory.resolve("." + name + ".tmp"), target, document.image());
        }
    }

    @Override
    public String toString() {
        return "directory " + directory;
    }
}
