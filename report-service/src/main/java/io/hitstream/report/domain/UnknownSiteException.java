package io.hitstream.report.domain;

/** A report was asked for a site the rollups have never seen. */
public class UnknownSiteException extends RuntimeException {
    public UnknownSiteException(String site) {
        super("there is no site named " + site + ": the list of sites names every site with data");
    }
}
