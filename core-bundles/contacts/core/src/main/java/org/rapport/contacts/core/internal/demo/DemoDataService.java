package org.rapport.contacts.core.internal.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.api.ContactDemoData;
import org.rapport.contacts.api.ContactImports;
import org.rapport.contacts.api.ImportJob;
import org.rapport.platform.api.web.ApiProblem;
import org.rapport.platform.api.web.FieldError;

/** Demo data as an import job of {@link SampleContacts}. */
@Component
public class DemoDataService implements ContactDemoData {

    private final ContactImports imports;

    @Activate
    public DemoDataService(@Reference ContactImports imports) {
        this.imports = imports;
    }

    @Override
    public ImportJob load(int people) throws IOException {
        if (people < 1 || people > MAX_PEOPLE) {
            throw ApiProblem.invalid("That many demo people cannot be made.", List.of(new FieldError("people",
                    "between 1 and " + MAX_PEOPLE + ", got " + people)));
        }
        SampleContacts sample = new SampleContacts(System.nanoTime());
        long start = System.currentTimeMillis() % 1_000_000_000L;
        StringBuilder csv = new StringBuilder(SampleContacts.Row.HEADER).append('\n');
        for (int i = 0; i < people; i++) {
            csv.append(sample.next(start + i).csv()).append('\n');
        }
        return imports.start("person", "email", new ByteArrayInputStream(csv.toString()
                .getBytes(StandardCharsets.UTF_8)), false);
    }
}
