package de.quartier.model;

import java.util.List;

/**
 * The references in one field of a record that has errors of its own and so is no record of the
 * site: they are looked up all the same, so that one run reports a typo in them beside the
 * record's other errors, not only after those are mended. {@code fromDraft}: the record is a draft
 * (shown with drafts only, as its targets may be).
 */
public record UncheckedRefs(Collection from, String key, Collection target, List<Ref> refs, boolean fromDraft) {
    public UncheckedRefs {
        refs = List.copyOf(refs);
    }
}
