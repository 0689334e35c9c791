/**
 * The command line: {@code quartier build} and {@code quartier check}. Parses arguments, runs the
 * pipeline, prints diagnostics and the summary, and maps the outcome to an exit code
 * (0 ok, 1 content errors, 2 usage, 70 internal).
 */
package de.quartier.cli;
