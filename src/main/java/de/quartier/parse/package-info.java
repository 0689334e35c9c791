/**
 * Stage parse: takes a {@link de.quartier.source.SourceFile}; returns a
 * {@link de.quartier.source.ParsedRecord} (front matter or plain YAML as a positioned node tree,
 * plus the Markdown body). SnakeYAML only composes nodes here; no value is typed by YAML 1.1.
 * YAML errors and limits (alias bombs, deep nesting) become diagnostics.
 */
package de.quartier.parse;
