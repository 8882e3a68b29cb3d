package org.rapport.ui.shell.internal;

/** A layout or view of the shell that redraws itself when contributions or notices change. */
public interface ShellPart {

    default void contributionsChanged() {
    }

    default void noticesChanged() {
    }
}
