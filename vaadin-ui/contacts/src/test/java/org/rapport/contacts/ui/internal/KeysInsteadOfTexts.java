package org.rapport.contacts.ui.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * Answers a translation's key and its parameters instead of a text ({@code key(a|b)}), so a test sees which text a
 * message became without a Vaadin service.
 */
@Tag("div")
final class KeysInsteadOfTexts extends Component {

    private static final long serialVersionUID = 1L;

    @Override
    public String getTranslation(String key, Object... params) {
        return params.length == 0 ? key : key + Arrays.stream(params).map(String::valueOf)
                .collect(Collectors.joining("|", "(", ")"));
    }
}
