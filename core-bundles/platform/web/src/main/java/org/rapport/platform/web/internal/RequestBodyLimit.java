package org.rapport.platform.web.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.rapport.platform.api.web.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured largest request body, changed live. A component of its own, apart from the REST
 * extensions that enforce it: a configuration change alters the service properties of the component it
 * configures, and if that were a whiteboard extension the whiteboard would rebuild the whole /api
 * application (dropping requests in flight) for a changed number.
 */
@Component(service = RequestBodyLimit.class, configurationPid = RequestBodyLimit.PID)
@Designate(ocd = WebConfig.class)
public class RequestBodyLimit {

    static final String PID = "org.rapport.platform.web";

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimit.class);

    private volatile long maxBytes = WebConfig.DEFAULT_MAX_REQUEST_BYTES;

    @Activate
    @Modified
    void configure(WebConfig config) {
        long wanted = config.maxRequestBytes();
        if (wanted < 1) {
            LOG.warn("maxRequestBytes must be at least 1, not {}; keeping {}", wanted, maxBytes);
            return;
        }
        maxBytes = wanted;
        LOG.info("REST request bodies are limited to {}", describe(wanted));
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The 413 problem that names the limit, in words and (as {@code maxRequestBytes}) in bytes. */
    static ApiProblem tooLarge(long maxBytes) {
        return new ApiProblem(413, Problems.titleOf(413),
                "The request body is larger than the " + describe(maxBytes) + " this API accepts. Send less "
                        + "(split it up), or ask an administrator to raise maxRequestBytes in etc/" + PID + ".cfg.",
                null, Map.of("maxRequestBytes", maxBytes));
    }

    /** {@code 10 MiB (10485760 bytes)}, or just the bytes when they are no round number. */
    static String describe(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        long[] sizes = {1L << 30, 1L << 20, 1L << 10};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= sizes[i] && bytes % sizes[i] == 0) {
                return "limit of " + bytes / sizes[i] + " " + units[i] + " (" + bytes + " bytes)";
            }
        }
        return "limit of " + bytes + " bytes";
    }
}
