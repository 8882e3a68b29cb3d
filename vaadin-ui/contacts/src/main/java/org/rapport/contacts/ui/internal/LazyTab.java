package org.rapport.contacts.ui.internal;

import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A tab's content built the first time the tab is shown: the history and other modules' tabs cost queries that
 * a user who only looks at the fields should not pay for.
 */
final class LazyTab extends Div {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<Component> content;
    private boolean built;

    LazyTab(Supplier<Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!built) {
            built = true;
            add(content.get());
        }
    }
}
