package org.rapport.itests.sample.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rapport.platform.api.access.OrgWideDefault;
import org.rapport.platform.api.access.RecordType;

/**
 * Sample notes as a record type, so the sharing settings (org-wide default, field rules) can be tested without a
 * real CRM module. The notes themselves are not filtered by owner: the sample keeps its behaviour.
 */
@Component
public class SampleNoteType implements RecordType {

    public static final String ID = "sample.note";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String module() {
        return "sample";
    }

    @Override
    public String titleKey() {
        return "sample.note.type";
    }

    @Override
    public OrgWideDefault initialDefault() {
        return OrgWideDefault.PRIVATE;
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field("text", "sample.notes.text"));
    }
}
