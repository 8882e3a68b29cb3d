package org.rapport.ui.shell.internal.host;

import java.net.URL;
import java.net.URLConnection;
import java.util.Map;

import org.osgi.service.servlet.context.ServletContextHelper;

/**
 * The servlet context of the UI at {@code /}. Two deviations from the default helper, both needed by Vaadin:
 * it answers MIME types (Vaadin sets Content-Type from them for every static file) and it has no resources of its
 * own — the default would hand out {@code bundle:} URLs, which Vaadin cannot read; Vaadin then falls back to its
 * class loader, which serves the embedded frontend.
 */
final class ShellContextHelper extends ServletContextHelper {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript"),
            Map.entry("mjs", "text/javascript"),
            Map.entry("css", "text/css"),
            Map.entry("html", "text/html"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("br", "application/octet-stream"),
            Map.entry("gz", "application/gzip"));

    @Override
    public String getMimeType(String name) {
        int dot = name.lastIndexOf('.');
        String known = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
        return known != null ? known : URLConnection.guessContentTypeFromName(name);
    }

    @Override
    public URL getResource(String name) {
        return null;
    }
}
