package io.hitstream.report.web;

/** The body of every JSON API error. */
public record ErrorJson(String error) {
}
