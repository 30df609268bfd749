package org.tessera.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Only one Tessera at a time runs the embedded database of a data folder. The lock is the operating system's, so it
 * ends with its process however that process ends, a SIGKILL included: a lock that cannot be taken means another
 * Tessera is alive, not that one died.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = "tessera.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock take(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new StartupRefused("Another Tessera is already running with its data in " + dataDir.toAbsolutePath(),
                    "Stop that one first, or give this one a data folder of its own (TESSERA_DATA_DIR=...).");
        }
        return new DataFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
