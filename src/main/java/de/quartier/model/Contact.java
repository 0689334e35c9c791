package de.quartier.model;

/** A person or role to ask; at least a name or a role. */
public record Contact(String name, String role, String phone, String email) {
    public Contact {
        if (name == null && role == null) throw new IllegalArgumentException("a contact needs a name or a role");
    }
}
