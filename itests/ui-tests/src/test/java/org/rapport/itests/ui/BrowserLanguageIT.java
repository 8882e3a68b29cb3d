package org.rapport.itests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each browser speaks the language it was given, to scripts and to the server, and two users' browsers run side by
 * side without sharing anything: what right-to-left and Persian UI tests rely on.
 */
@RapportUiTest
class BrowserLanguageIT {

    /** A page that records the Accept-Language of each request by its path: the header as the server receives it. */
    static HttpServer echo;
    static final Map<String, String> ACCEPT_LANGUAGE = new ConcurrentHashMap<>();

    @BeforeAll
    static void startEchoServer() throws Exception {
        echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        echo.createContext("/", exchange -> {
            String header = exchange.getRequestHeaders().getFirst("Accept-Language");
            ACCEPT_LANGUAGE.put(exchange.getRequestURI().getPath(), header == null ? "(none)" : header);
            byte[] page = ("<html><body>Accept-Language: " + header + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        echo.start();
    }

    @AfterAll
    static void stopEchoServer() {
        if (echo != null) {
            echo.stop(0);
        }
    }

    @Test
    void persianBrowserSaysFarsiToScripts(RapportNode node, @Language("fa") Browser persian) {
        persian.open(node.uri("/api/health"));
        persian.waitForText("\"status\":\"UP\"");

        assertEquals("fa", persian.script("return navigator.language"));
        assertEquals(List.of("fa"), persian.script("return navigator.languages"));
    }

    @Test
    void twoBrowsersAtOnceEachSendTheirOwnAcceptLanguage(@Language("fa") Browser persian,
            @Language("en-US") Browser english) {
        // Both are open before either navigates: two driver processes and profiles side by side.
        persian.open(echoUri("/persian"));
        english.open(echoUri("/english"));
        persian.waitForText("Accept-Language");
        english.waitForText("Accept-Language");

        assertEquals("fa", ACCEPT_LANGUAGE.get("/persian"));
        assertEquals("en-US", primary(ACCEPT_LANGUAGE.get("/english")));
        assertEquals("en-US", english.script("return navigator.language"));
    }

    /** The first language of an Accept-Language header ("en-US,en;q=0.9" → "en-US"). */
    private static String primary(String acceptLanguage) {
        return acceptLanguage.split(",")[0].strip();
    }

    private static URI echoUri(String path) {
        return URI.create("http://127.0.0.1:" + echo.getAddress().getPort() + path);
    }
}
