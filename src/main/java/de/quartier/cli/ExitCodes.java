package de.quartier.cli;

/** The process exit codes, as documented in the README. */
final class ExitCodes {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    /** sysexits.h EX_SOFTWARE: a bug in Quartier, not in the site. */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
