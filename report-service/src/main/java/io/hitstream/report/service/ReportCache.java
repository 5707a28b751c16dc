package io.hitstream.report.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.hitstream.report.config.ReportConfig;
import io.hitstream.report.domain.AnswerKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Report answers kept in memory, bounded, by {@link AnswerKey}: the site's data version in the key is read before the
 * answer's queries, which therefore see at least what that version stands for; a commit moves the version, so the
 * next request, reading the new version, reads the rollups again. An answer is kept only once read in full, and a
 * failed read is not kept.
 */
@ApplicationScoped
public class ReportCache {
    /** Empty when off. */
    private final Optional<Cache<AnswerKey, Object>> answers;

    @Inject
    public ReportCache(ReportConfig config) {
        this(config.cache().maxMegabytes() * 1024 * 1024);
    }

    /**
     * Answers of at most {@code maxBytes} together (see {@link AnswerWeight}), the least used dropped first; 0 keeps
     * none.
     */
    public ReportCache(long maxBytes) {
        // Evictions run on the thread that keeps an answer, so that the bound holds as soon as put returns.
        this.answers = maxBytes == 0 ? Optional.empty() : Optional.of(Caffeine.newBuilder().executor(Runnable::run)
                .maximumWeight(maxBytes).weigher((AnswerKey key, Object answer) -> AnswerWeight.of(answer)).build());
    }

    /** The answer kept for the key, or else the one {@code read} gives, then kept. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> get(AnswerKey key, Supplier<Uni<T>> read) {
        if (answers.isEmpty()) {
            return read.get();
        }
        Cache<AnswerKey, Object> cache = answers.get();
        // The key's read names what it answers, so an answer found for it is of the type this read gives.
        T kept = (T) cache.getIfPresent(key);
        if (kept != null) {
            return Uni.createFrom().item(kept);
        }
        return read.get().invoke(answer -> {
            if (answer != null) {
                cache.put(key, answer);
            }
        });
    }
}
