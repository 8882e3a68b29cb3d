package org.rapport.ui.api;

import java.util.List;

/**
 * The drawer sections every installation has, in drawer order. Their titles are the message keys
 * {@code menu.group.<id>} of the shell. A plugin may use its own group id; such groups follow these, and their
 * title key is {@code menu.group.<id>} in the plugin's own message bundle.
 */
public final class MenuGroups {

    public static final String WORKSPACE = "workspace";
    public static final String SALES = "sales";
    public static final String SERVICE = "service";
    public static final String MARKETING = "marketing";
    public static final String REPORTS = "reports";
    public static final String ADMIN = "admin";

    public static final List<String> ORDER = List.of(WORKSPACE, SALES, SERVICE, MARKETING, REPORTS, ADMIN);

    private MenuGroups() {
    }

    public static String titleKey(String group) {
        return "menu.group." + group;
    }
}
