package de.quartier.diag;

/**
 * The stable code of each kind of problem. Tests and editors rely on these names; add new
 * ones, never rename.
 */
public enum Code {
    // reading files
    MISSING_CONFIG("missing-config"),
    FILE_TOO_LARGE("file-too-large"),
    NOT_UTF8("not-utf8"),
    CONTROL_CHARACTER("control-character"),
    INVISIBLE_CHARACTER("invisible-character"),
    BIDI_OVERRIDE("bidi-override"),
    OUTSIDE_SITE("outside-site"),
    UNREADABLE("unreadable"),
    TEMPLATE_ERROR("template-error"),
    UNKNOWN_FOLDER("unknown-folder"),
    IGNORED_FILE("ignored-file"),
    BAD_FILE_NAME("bad-file-name"),
    DUPLICATE_SLUG("duplicate-slug"),
    // YAML and front matter
    UNCLOSED_FRONT_MATTER("unclosed-front-matter"),
    MISSING_FRONT_MATTER("missing-front-matter"),
    YAML_SYNTAX("yaml-syntax"),
    YAML_LIMIT("yaml-limit"),
    TEXT_LIMIT("text-limit"),
    INTERNAL_ERROR("internal-error"),
    DUPLICATE_KEY("duplicate-key"),
    // fields
    MISSING_FIELD("missing-field"),
    UNKNOWN_KEY("unknown-key"),
    FIELD_IN_BODY("field-in-body"),
    WRONG_KIND("wrong-kind"),
    BAD_DATE("bad-date"),
    BAD_TIME("bad-time"),
    BAD_DATETIME("bad-datetime"),
    NONEXISTENT_TIME("nonexistent-time"),
    BAD_EMAIL("bad-email"),
    EMAIL_SPELLING("email-spelling"),
    BAD_URL("bad-url"),
    BAD_PHONE("bad-phone"),
    BAD_LANGUAGE("bad-language"),
    BAD_VALUE("bad-value"),
    BAD_NUMBER("bad-number"),
    BAD_SLUG("bad-slug"),
    BAD_TIMEZONE("bad-timezone"),
    BAD_OPENING_HOURS("bad-opening-hours"),
    UNSUPPORTED_OPENING_HOURS("unsupported-opening-hours"),
    HOURS_RULE_REPLACED("hours-rule-replaced"),
    HOURS_SPELLING("hours-spelling"),
    HOURS_WITHOUT_TIMES("hours-without-times"),
    PLACE_CONFLICT("place-conflict"),
    PLACE_MISSING("place-missing"),
    WHEN_CONFLICT("when-conflict"),
    PERIOD_REVERSED("period-reversed"),
    END_BEFORE_START("end-before-start"),
    GEO_OUT_OF_BOUNDS("geo-out-of-bounds"),
    BAD_BOUNDARY("bad-boundary"),
    OUTSIDE_BOUNDARY("outside-boundary"),
    MISSING_ALT("missing-alt"),
    HTML_REMOVED("html-removed"),
    MEDIA_MISSING("media-missing"),
    MEDIA_TYPE("media-type"),
    MEDIA_OUTSIDE("media-outside"),
    SVG_SCRIPT("svg-script"),
    // references between records
    DANGLING_REF("dangling-ref"),
    REF_TO_DRAFT("ref-to-draft"),
    REF_TO_WAITING("ref-to-waiting"),
    DUPLICATE_REF("duplicate-ref"),
    ENDS_AFTER_PLACE("ends-after-place"),
    PLACE_CLOSED("place-closed"),
    DATE_OUTSIDE_ACTIVE("date-outside-active"),
    DATE_FAR_AHEAD("date-far-ahead"),
    DATES_PAST("dates-past"),
    WEEKS_RUNNING("weeks-running"),
    RESERVED_SLUG("reserved-slug"),
    // translations (<slug>.<lang>.md)
    TRANSLATION_ORPHAN("translation-orphan"),
    TRANSLATION_FIELD("translation-field"),
    TRANSLATION_LANGUAGE("translation-language"),
    // site-config and theme
    THEME_MISSING("theme-missing"),
    // rendered pages
    BROKEN_LINK("broken-link");

    private final String id;

    Code(String id) {
        this.id = id;
    }

    /** The kebab-case name printed in brackets after a message, e.g. "dangling-ref". */
    public String id() {
        return id;
    }
}
