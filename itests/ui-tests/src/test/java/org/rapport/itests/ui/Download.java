package org.rapport.itests.ui;

import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What a download link gives: the page fetches the link's target with its own session (cookies), as the browser does
 * when the user clicks, and hands back the status, the headers that name the file and the body.
 *
 * @param text        the body read as UTF-8
 * @param firstBytes  the body's first bytes in hex (for ZIP files and other binaries)
 */
record Download(long status, String disposition, String contentType, String text, String firstBytes, boolean hasDownloadAttribute) {

    static Download of(Browser browser, WebElement link) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        Map<String, Object> got = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const link = arguments[0];"
                        + " fetch(link.href, {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(body => {"
                        + "   const bytes = new Uint8Array(body);"
                        + "   done({status: r.status, disposition: r.headers.get('Content-Disposition') || '',"
                        + "     type: r.headers.get('Content-Type') || '', text: new TextDecoder().decode(bytes),"
                        + "     first: Array.from(bytes.slice(0, 4)).map(b => b.toString(16).padStart(2, '0')).join(''),"
                        + "     download: link.hasAttribute('download')});"
                        + " }), e => done({status: -1, disposition: '', type: '', text: 'fetch failed: ' + e, first: '',"
                        + "   download: link.hasAttribute('download')}))", link);
        return new Download(((Number) got.get("status")).longValue(), (String) got.get("disposition"),
                (String) got.get("type"), (String) got.get("text"), (String) got.get("first"),
                (Boolean) got.get("download"));
    }
}
