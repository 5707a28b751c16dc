package io.hitstream.resolver.grpc;

import com.google.protobuf.ByteString;
import io.hitstream.proto.resolver.v1.Resolution;
import io.hitstream.proto.resolver.v1.ResolveOutcome;
import io.hitstream.proto.resolver.v1.ResolveResponse;
import io.hitstream.resolver.domain.AnswerForm;
import io.hitstream.resolver.domain.NameAnswer;
import java.util.List;

/** Maps domain answers to the v1 contract's messages. */
public final class ResolutionMessages {
    /**
     * Answers as finished messages, made once per cached answer. The text goes in as UTF-8 bytes and the size is
     * computed here, so writing a cached answer into a response is a copy of bytes: no encoding, no builder.
     */
    public static final AnswerForm<Resolution> FORM = ResolutionMessages::message;

    private ResolutionMessages() {
    }

    static ResolveResponse response(List<Resolution> answers) {
        return ResolveResponse.newBuilder().addAllAnswers(answers).build();
    }

    private static Resolution message(NameAnswer answer) {
        Resolution message = Resolution.newBuilder()
                .setOutcome(outcome(answer))
                .setHostNameBytes(ByteString.copyFromUtf8(answer.hostName()))
                .setRegistrableDomainBytes(ByteString.copyFromUtf8(answer.registrableDomain()))
                .setTopLevelDomainBytes(ByteString.copyFromUtf8(answer.topLevelDomain()))
                .setCountryCodeBytes(ByteString.copyFromUtf8(answer.countryCode()))
                .build();
        message.getSerializedSize();
        return message;
    }

    private static ResolveOutcome outcome(NameAnswer answer) {
        return switch (answer.outcome()) {
            case RESOLVED -> ResolveOutcome.RESOLVE_OUTCOME_RESOLVED;
            case NO_NAME -> ResolveOutcome.RESOLVE_OUTCOME_NO_NAME;
            case TIMED_OUT -> ResolveOutcome.RESOLVE_OUTCOME_TIMED_OUT;
            case DISABLED -> ResolveOutcome.RESOLVE_OUTCOME_DISABLED;
            case INVALID -> ResolveOutcome.RESOLVE_OUTCOME_INVALID;
        };
    }
}
