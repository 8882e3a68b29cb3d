package org.rapport.contacts.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A {@code Content-Disposition} header for a download whose name may be Persian or Arabic (RFC 6266, RFC 5987). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
