package de.quartier.model;

/** Whether and how to sign up for an offering; {@code at} is its key in the record, where a missing way to sign up is reported. */
public record Registration(boolean required, String note, String url, String phone, String email, SourceSpan at) {
}
