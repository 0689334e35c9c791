package de.quartier.build;

import de.quartier.diag.Code;
import de.quartier.diag.Diagnostics;
import de.quartier.diag.Severity;
import de.quartier.model.Collection;
import de.quartier.model.ContentFields;
import de.quartier.model.FieldSpec;
import de.quartier.model.Ref;
import de.quartier.model.UncheckedRefs;
import de.quartier.model.Entry;
import de.quartier.model.Slug;
import de.quartier.model.SourceSpan;
import de.quartier.parse.SourceParser;
import de.quartier.source.Fields;
import de.quartier.source.ParsedRecord;
import de.quartier.source.SourceFile;
import de.quartier.model.Translation;
import de.quartier.validate.RecordValidator;
import de.quartier.validate.TranslationReader;
import de.quartier.validate.ValidationContext;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Checks the site's record files, each with a collector of its own. The problems of a draft are
 * reported only when drafts are built (`--drafts`, the preview, `quartier new`): a draft is left
 * out of the site, so its half-written fields hold up nothing, and all of them show together once
 * it is built. A file whose YAML cannot be read counts as a draft if it has the line
 * {@code draft: true}.
 */
final class RecordCheck {
    private RecordCheck() {
    }

    /**
     * @param entries          the records to build, sorted by collection and slug (without the drafts left out)
     * @param draftsLeftOut    the drafts left out, valid or not: a published record that points at one is told it is a draft
     * @param draftsShown      the drafts built (the preview, --drafts), valid or not: a published record that points at one is warned
     * @param refsOfInvalid    the references of files whose reported errors kept them from being records
     */
    record Outcome(List<Entry> entries, Map<Collection, Set<Slug>> draftsLeftOut, Map<Collection, Set<Slug>> draftsShown,
                   List<UncheckedRefs> refsOfInvalid) {
    }

    /** @param cache records checked before (the preview), or null */
    static Outcome run(List<SourceFile> files, ValidationContext context, RecordCache cache, boolean includeDrafts,
                       int workers, Diagnostics diagnostics) throws java.io.IOException {
        Checking checking = Checking.of(context, cache, includeDrafts, diagnostics);
        // each worker takes the next file (a parallel stream splits the list into a few long runs
        // ahead, and one thread waited 180 ms at 2,000 offerings for the other to finish its last);
        // in whatever order they come, sorted after: the loader keeps one file per slug and collection
        Queue<Entry> checked = new ConcurrentLinkedQueue<>();
        Workers.run(workers, files, f -> checking.record(f).ifPresent(checked::add));
        List<Entry> entries = checked.stream()
                .sorted(Comparator.comparing((Entry e) -> e.collection()).thenComparing(Entry::slug))
                .toList();
        List<UncheckedRefs> refs = checking.refsOfInvalid().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(SourceFile::path)))
                .flatMap(e -> e.getValue().stream()).toList();
        return new Outcome(entries, bySlug(checking.leftOut()), bySlug(checking.shown()), refs);
    }

    /**
     * One build's check of its record files, file by file on several threads; what the files tell
     * the build is gathered in the (concurrent) sets and map.
     */
    private record Checking(ValidationContext context, RecordCache cache, boolean includeDrafts, Diagnostics diagnostics,
                            Set<SourceFile> leftOut, Set<SourceFile> shown, Map<SourceFile, List<UncheckedRefs>> refsOfInvalid) {
        static Checking of(ValidationContext context, RecordCache cache, boolean includeDrafts, Diagnostics diagnostics) {
            return new Checking(context, cache, includeDrafts, diagnostics, ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(),
                    new ConcurrentHashMap<>());
        }

        /** The file's record, if it is one to build; its problems reported. */
        Optional<Entry> record(SourceFile f) {
            RecordCache.Checked c = cache == null ? null : cache.get(f);
            if (c == null) {
                c = check(f, context);
                if (cache != null) cache.put(f, c);
            }
            if (c.draft() && !includeDrafts) {
                leftOut.add(f);
                return Optional.empty();
            }
            if (c.draft()) shown.add(f);
            c.diagnostics().forEach(diagnostics::add);
            // after them (moved already): what is found later in the file, its references, is moved too
            c.removed().forEach(diagnostics::characterRemoved);
            if (!c.refs().isEmpty()) refsOfInvalid.put(f, c.refs());
            if (c.entry().isEmpty() && !f.isTranslation() && c.diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR))
                // never a record left out without a word: the build would pass without its page
                diagnostics.error(Code.INTERNAL_ERROR, SourceSpan.startOf(f.path()),
                        "the record could not be read, and no message says why", "this is a bug in Quartier: please report it with this file");
            return c.entry();
        }
    }

    private static Map<Collection, Set<Slug>> bySlug(Set<SourceFile> files) {
        Map<Collection, Set<Slug>> out = new EnumMap<>(Collection.class);
        for (SourceFile f : files) out.computeIfAbsent(f.collection(), k -> new HashSet<>()).add(new Slug(f.slug()));
        return out;
    }

    /** The translations of the records; those of a draft left out are read, but their problems not reported. */
    static List<Translation> translations(List<SourceFile> files, ValidationContext context, Outcome records, Diagnostics diagnostics) {
        List<Translation> out = new java.util.ArrayList<>();
        for (SourceFile f : files) {
            Diagnostics own = new Diagnostics();
            try {
                new SourceParser(own).parse(f).map(new TranslationReader(context, own)::read).ifPresent(out::add);
            } catch (StackOverflowError e) {
                own = new Diagnostics();
                tooDeep(f, own);
            }
            if (!records.draftsLeftOut().getOrDefault(f.collection(), Set.of()).contains(new Slug(f.slug()))) {
                own.sorted().forEach(diagnostics::add);
                own.removals().forEach(diagnostics::characterRemoved);
            }
        }
        return out;
    }

    /** One record file on its own: the record, if it is valid enough to be one, its problems, and whether it is a draft. */
    static RecordCache.Checked check(SourceFile f, ValidationContext context) {
        try {
            return checkAlone(f, context);
        } catch (StackOverflowError e) {
            Diagnostics own = new Diagnostics();
            tooDeep(f, own);
            return new RecordCache.Checked(Optional.empty(), own.sorted(), own.removals(), draftLine(f), List.of());
        }
    }

    /**
     * The Markdown and HTML libraries descend once per level of emphasis, link or tag in each
     * other: thousands of levels (a paste gone wrong, or hostile text) overflow the stack. The
     * checks before them catch the common shapes at their line ({@code TextNesting}); this is
     * the net for the rest, an error at the body, never a crash of the build.
     */
    private static void tooDeep(SourceFile f, Diagnostics own) {
        de.quartier.model.SourceSpan at = new SourceParser(new Diagnostics()).parse(f)
                .map(p -> new de.quartier.model.SourceSpan(f.path(), Math.max(1, p.bodyLine()), p.bodyIndent() + 1, 1))
                .orElse(de.quartier.model.SourceSpan.startOf(f.path()));
        own.error(de.quartier.diag.Code.TEXT_LIMIT, at, "the text is too complex to be read: thousands of emphasis marks, links or HTML tags in each other",
                "write it with fewer levels; if it was pasted, paste it as plain text");
    }

    private static RecordCache.Checked checkAlone(SourceFile f, ValidationContext context) {
        Diagnostics own = new Diagnostics();
        Optional<ParsedRecord> parsed = new SourceParser(own).parse(f);
        Optional<Entry> entry = parsed.flatMap(new RecordValidator(context, own)::validate);
        // a record says itself; a file too broken to be one is read for the flag alone, and one whose
        // YAML cannot be read (a quote not yet closed while typing) by its line `draft: true`
        boolean draft = entry.map(e -> e.common().draft())
                .orElseGet(() -> parsed.map(p -> Boolean.TRUE.equals(Fields.of(p, new Diagnostics()).bool("draft"))).orElseGet(() -> draftLine(f)));
        List<UncheckedRefs> refs = entry.isPresent() || parsed.isEmpty() ? List.of() : refs(parsed.get(), draft);
        return new RecordCache.Checked(entry, own.sorted(), own.removals(), draft, refs);
    }

    private static final java.util.regex.Pattern DRAFT_LINE = java.util.regex.Pattern.compile("(?m)^draft:[ \\t]*([\"']?)(?i:true|yes|ja)\\1[ \\t]*(?:#.*)?\r?$");

    /** Whether the front matter (or a YAML record) has the line `draft: true` at its top level. */
    static boolean draftLine(SourceFile f) {
        return SourceParser.yamlOf(f).map(yaml -> DRAFT_LINE.matcher(yaml).find()).orElse(false);
    }

    /** The references a record makes in its own fields and its body's links to records (their problems, reported by the validator, not again). */
    private static List<UncheckedRefs> refs(ParsedRecord record, boolean draft) {
        Collection c = record.file().collection();
        Fields f = Fields.of(record, new Diagnostics());
        List<UncheckedRefs> out = new java.util.ArrayList<>();
        for (FieldSpec spec : ContentFields.of(c)) {
            if (spec.kind() != FieldSpec.Kind.REF && spec.kind() != FieldSpec.Kind.REFS || !f.has(spec.key())) continue;
            List<Ref> refs = f.refs(spec.key());
            if (!refs.isEmpty()) out.add(new UncheckedRefs(c, spec.key(), spec.refersTo(), refs, draft));
        }
        de.quartier.validate.BodyLinks.recordLinks(record).forEach((target, refs) -> out.add(new UncheckedRefs(c, de.quartier.model.BodyLink.FIELD, target, refs, draft)));
        return out;
    }
}
