package io.hitstream.report.peer;

import io.hitstream.report.domain.BadLinksMail;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands mails to the SMTP server of {@code quarkus.mailer.*}. */
@ApplicationScoped
public class SmtpOutbox {
    private final ReactiveMailer mailer;

    public SmtpOutbox(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    /** Completes once the server took the mail for every recipient. */
    public Uni<Void> send(BadLinksMail mail) {
        return mailer.send(new Mail().setTo(mail.recipients()).setSubject(mail.subject()).setText(mail.text()));
    }
}
