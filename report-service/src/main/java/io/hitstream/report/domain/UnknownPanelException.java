package io.hitstream.report.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A panel was asked for by a name no panel has. */
public class UnknownPanelException extends RuntimeException {
    public UnknownPanelException(String name) {
        super("there is no panel named " + name + "; the panels are "
                + Arrays.stream(Panel.values()).map(Panel::pathName).collect(Collectors.joining(", ")));
    }
}
