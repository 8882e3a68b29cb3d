package org.rapport.contacts.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/**
 * Refuses a workbook whose parts would unpack out of all proportion (a "zip bomb": a few kilobytes that inflate to
 * gigabytes) before any reader unpacks it, going by the sizes the zip's directory declares. Spreadsheet XML
 * compresses about ten to twenty times; a part above {@link #SMALL_PART} that claims more than {@link #MAX_RATIO}
 * times its packed size, or parts above {@link #MAX_TOTAL} in all, are no workbook a person saved.
 */
final class WorkbookInflation {

    static final long SMALL_PART = 10L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    static final long MAX_TOTAL = 4L * 1024 * 1024 * 1024;

    private WorkbookInflation() {
    }

    static void check(Path xlsx) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(xlsx.toFile());
        } catch (ZipException damaged) {
            // the reader names the damage in its own words
            return;
        }
        try (zip) {
            long total = 0;
            for (Enumeration<? extends ZipEntry> parts = zip.entries(); parts.hasMoreElements();) {
                ZipEntry part = parts.nextElement();
                long size = part.getSize();
                long packed = part.getCompressedSize();
                if (size < 0 || packed < 0) {
                    continue;
                }
                if (size > SMALL_PART && size > packed * MAX_RATIO) {
                    throw refused("its part " + part.getName() + " unpacks from " + packed + " to " + size
                            + " bytes, more than " + MAX_RATIO + " times");
                }
                total += size;
                if (total > MAX_TOTAL) {
                    throw refused("its parts unpack to more than " + MAX_TOTAL + " bytes");
                }
            }
        }
    }

    private static ApiProblem refused(String why) {
        return ApiProblem.invalid("The workbook (.xlsx) is refused: it would unpack far beyond its size.",
                List.of(new FieldError("file", why + "; save it again from a spreadsheet program, or as "
                        + "\"CSV UTF-8\"")));
    }
}
