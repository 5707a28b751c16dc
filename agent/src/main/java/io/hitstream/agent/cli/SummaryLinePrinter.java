package io.hitstream.agent.cli;

import java.io.PrintWriter;

/** Progress when no one watches: silent while shipping, then one summary line per file, the format scripts read. */
final class SummaryLinePrinter implements ShipProgress {

    private final PrintWriter out;

    SummaryLinePrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void finished(ShipResult result) {
        out.println(summary(result));
        out.flush();
    }

    /** {@code <file>: <lines> lines, <bytes> bytes, <accepted> accepted, <rejected> rejected, <skipped> already committed}. */
    static String summary(ShipResult result) {
        return result.file() + ": " + result.lines() + " lines, " + result.bytes() + " bytes, " + result.accepted()
                + " accepted, " + result.rejected() + " rejected, " + result.alreadyCommitted() + " already committed";
    }
}
