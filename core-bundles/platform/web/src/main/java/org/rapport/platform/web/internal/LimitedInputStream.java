package org.rapport.platform.web.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that may not grow beyond a limit: the read that would pass it fails with
 * {@link TooLargeException}. For bodies without a Content-Length (chunked), or with a false one.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private long mark;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        super.mark(readLimit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = mark;
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }

    /**
     * An IOException on purpose: JSON readers pass I/O errors through as they are (other exceptions they
     * wrap as mapping errors, which would read as 400).
     */
    static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLargeException(long limit) {
            super("The request body exceeds " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
