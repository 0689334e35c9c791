package de.quartier.model;

/** Whether and how to sign up for an offering. */
public record Registration(boolean required, String note, String url, String phone, String email) {
}
