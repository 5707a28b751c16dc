package io.hitstream.logformat;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a format's parts into steps, deciding for each field how its end is found: by the next
 * literal, by a closing quote when the format quotes it, or at the end of the line.
 */
final class StepLinker {
    private StepLinker() {
    }

    static Step[] link(List<Object> parts, FormatErrors errors) {
        if (parts.stream().noneMatch(FieldSpec.class::isInstance)) {
            throw errors.at(0, "no field directive");
        }
        List<Step> steps = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            Object part = parts.get(i);
            if (part instanceof byte[] literal) {
                boolean last = i == parts.size() - 1;
                steps.add(new LiteralStep(literal, last && literal.length == 1 && literal[0] == '"'));
            } else {
                steps.add(fieldStep((FieldSpec) part, parts, i, errors));
            }
        }
        return steps.toArray(new Step[0]);
    }

    private static Step fieldStep(FieldSpec field, List<Object> parts, int i, FormatErrors errors) {
        if (field.isSelfDelimited()) {
            return field.step(null);
        }
        if (i + 1 == parts.size()) {
            return field.step(FieldBounds.toLineEnd());
        }
        Object next = parts.get(i + 1);
        if (next instanceof FieldSpec following) {
            throw errors.at(following.position(), "cannot tell where " + field.directive() + " ends and "
                    + following.directive() + " starts: put a separator between them");
        }
        byte[] closing = (byte[]) next;
        boolean quoted = i > 0 && parts.get(i - 1) instanceof byte[] before
                && before[before.length - 1] == '"' && closing[0] == '"';
        if (!quoted) {
            return field.step(FieldBounds.delimitedBy(closing));
        }
        boolean closingEndsLine = i + 2 == parts.size();
        return field.step(new QuotedBounds(closing, closingEndsLine, skeletonAfter(parts, i + 2)));
    }

    /** The literals from part {@code from} on, the last one anchored at the line's end when the format ends with it. */
    private static LiteralSkeleton skeletonAfter(List<Object> parts, int from) {
        List<byte[]> literals = new ArrayList<>();
        for (int k = from; k < parts.size(); k++) {
            if (parts.get(k) instanceof byte[] literal) {
                literals.add(literal);
            }
        }
        boolean endsWithLiteral = !literals.isEmpty() && parts.get(parts.size() - 1) instanceof byte[];
        return new LiteralSkeleton(literals, endsWithLiteral);
    }

    /** The format's parts as text, e.g. {@code %h ' ' %l}, for tests and the check command. */
    static String describe(Step[] steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append(out.length() == 0 ? "" : " ").append(step.describe());
        }
        return out.toString();
    }
}
