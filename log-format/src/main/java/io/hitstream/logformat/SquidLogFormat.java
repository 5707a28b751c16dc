package io.hitstream.logformat;

/**
 * Squid's native access log: {@code time elapsed remotehost code/status bytes method URL rfc931
 * peerstatus/peerhost type}, e.g. {@code 1286536309.450    180 192.0.2.7 TCP_MISS/200 507 GET
 * http://example.com/ - DIRECT/93.184.216.34 text/html}; columns padded with spaces.
 */
public final class SquidLogFormat {
    /** The {@code squid} preset. */
    public static final LogFormat NATIVE = new CompiledLogFormat("squid", steps());

    private static final long MICROS_PER_MILLI = 1000;

    private SquidLogFormat() {
    }

    private static Step[] steps() {
        FieldBounds column = FieldBounds.delimitedBy(new byte[] {' '});
        return new Step[] {
            new EpochTimeStep(column, "time", 0), BlanksStep.INSTANCE,
            new IntegerStep(column, "elapsed", NumericField.LATENCY_MICROS, MICROS_PER_MILLI, false), BlanksStep.INSTANCE,
            text(column, "remotehost", TextTarget.field(TextField.CLIENT_ADDRESS, false)), BlanksStep.INSTANCE,
            new SquidResultStep(column), BlanksStep.INSTANCE,
            new IntegerStep(column, "bytes", NumericField.RESPONSE_BYTES, 1, false), BlanksStep.INSTANCE,
            text(column, "method", TextTarget.field(TextField.METHOD, false)), BlanksStep.INSTANCE,
            new ProxyUrlStep(column, "URL"), BlanksStep.INSTANCE,
            text(column, "rfc931", TextTarget.field(TextField.USER, false)), BlanksStep.INSTANCE,
            text(column, "peerstatus/peerhost", TextTarget.IGNORED), BlanksStep.INSTANCE,
            text(FieldBounds.toLineEnd(), "type", TextTarget.IGNORED)
        };
    }

    private static Step text(FieldBounds bounds, String column, TextTarget target) {
        return new TextStep(bounds, column, target, false, TextEscaping.NONE);
    }
}
