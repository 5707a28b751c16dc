package io.hitstream.resolver.domain;

/** Where DNS answers go to survive a restart; implementations must not block the caller. */
public interface NameStore {

    /** Accepts an answer for writing; it may be written later, together with others. */
    void save(StoredName name);
}
