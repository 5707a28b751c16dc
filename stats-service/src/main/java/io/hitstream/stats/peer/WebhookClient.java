package io.hitstream.stats.peer;

import io.hitstream.stats.config.StatsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs a JSON body to a webhook within a bounded time; anything but a 2xx answer is a failure to retry. */
@ApplicationScoped
public class WebhookClient {
    private final Duration timeout;
    private final HttpClient http;

    WebhookClient(StatsConfig config) {
        this.timeout = config.alerts().webhookTimeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Sends the body; throws with the reason when the webhook did not take it. */
    public void post(String url, String body) throws WebhookException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new WebhookException("invalid URL: " + e.getMessage());
        }
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new WebhookException("HTTP " + status);
            }
        } catch (IOException e) {
            throw new WebhookException(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookException("interrupted");
        }
    }

    /** A call the webhook did not take. */
    public static class WebhookException extends Exception {
        WebhookException(String reason) {
            super(reason);
        }
    }
}
