package io.hitstream.ingest.service;

import com.google.protobuf.ByteOutput;
import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * A batch's lines as one array to parse, without copying them when the received message already holds them as one
 * whole array (as it does): a copy was a megabyte allocated per batch, the largest single allocation in ingest. The
 * array is shared with the message, so it is only ever read.
 */
final class LineBytes {
    private LineBytes() {
    }

    /** The bytes of {@code lines}: the array that holds exactly them, else a copy. */
    static byte[] of(ByteString lines) {
        WholeArray whole = new WholeArray();
        try {
            UnsafeByteOperations.unsafeWriteTo(lines, whole);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return whole.isExactly(lines) ? whole.array : lines.toByteArray();
    }

    /** Notes the array a ByteString hands over when it is written out, if it hands over one array and nothing else. */
    private static final class WholeArray extends ByteOutput {
        private byte[] array;
        private boolean whole = true;

        boolean isExactly(ByteString lines) {
            return whole && array != null && array.length == lines.size();
        }

        @Override
        public void writeLazy(byte[] value, int offset, int length) {
            whole = array == null && offset == 0 && length == value.length;
            array = value;
        }

        @Override
        public void write(byte value) {
            whole = false;
        }

        @Override
        public void write(byte[] value, int offset, int length) {
            whole = false;
        }

        @Override
        public void write(ByteBuffer value) {
            whole = false;
        }

        @Override
        public void writeLazy(ByteBuffer value) {
            whole = false;
        }
    }
}
