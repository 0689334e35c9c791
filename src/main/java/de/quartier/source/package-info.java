/**
 * What the stages pass between them before there is a model: {@link de.quartier.source.SourceFile}
 * (a file's text, from load), the positioned node tree of its YAML ({@link de.quartier.source.Node},
 * from parse), and {@link de.quartier.source.Fields}, which reads each value as the editor wrote it
 * (used by config and validate alike).
 */
package de.quartier.source;
