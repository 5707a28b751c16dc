package io.hitstream.report.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The weekly bad-links mail; the SMTP server is quarkus-mailer's ({@code quarkus.mailer.*}). */
@ConfigMapping(prefix = "hitstream.report.mail")
public interface MailConfig {

    /**
     * Who gets each site's bad-links mail: {@code site=mail[,mail…]} entries separated by {@code ;}; none: no mail is
     * sent.
     */
    Optional<String> owners();
}
