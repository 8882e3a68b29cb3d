package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.StreamingOutput;

import org.rapport.platform.api.security.Caller;
import org.rapport.platform.api.security.CurrentCaller;

/**
 * A UTF-8 response body written as the request's caller. JAX-RS writes a streamed body after the request's filters
 * are done, when the caller is no longer known on the thread, so the body carries its caller along.
 */
final class StreamedAsCaller {

    /** What writes the body; may throw whatever the service it calls throws. */
    interface Body {
        void writeTo(Writer out) throws Exception;
    }

    private StreamedAsCaller() {
    }

    static StreamingOutput of(Body body) {
        Caller caller = CurrentCaller.require();
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                CurrentCaller.runAs(caller, () -> {
                    body.writeTo(writer);
                    return null;
                });
            } catch (IOException | RuntimeException failure) {
                throw failure;
            } catch (Exception impossible) {
                throw new IllegalStateException(impossible);
            }
            writer.flush();
        };
    }
}
