package io.hitstream.agent.cli;

import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress for a person at a terminal: a bar per file with the bytes read, MB/s, percentage and lines acknowledged. */
final class TerminalProgressBar implements ShipProgress, AutoCloseable {

    private static final long MEGABYTE = 1_000_000;

    private ProgressBar bar;

    @Override
    public void started(Path file, long sizeOnDisk) {
        bar = new ProgressBarBuilder()
                .setTaskName(file.getFileName().toString())
                .setInitialMax(sizeOnDisk)
                .setUnit("MB", MEGABYTE)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .build();
    }

    @Override
    public void advanced(long diskBytesRead, long linesAcknowledged) {
        bar.stepTo(diskBytesRead);
        bar.setExtraMessage(" " + linesAcknowledged + " lines");
    }

    @Override
    public void finished(ShipResult result) {
        bar.stepTo(bar.getMax());
        bar.setExtraMessage(" " + result.lines() + " lines: " + result.accepted() + " accepted, " + result.rejected()
                + " rejected, " + result.alreadyCommitted() + " already committed");
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
