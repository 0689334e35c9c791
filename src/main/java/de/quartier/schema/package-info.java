/**
 * Stage schema: what editors' tools need to help while typing, made from the one definition of
 * the fields ({@link de.quartier.model.ContentFields}): JSON Schemas for editors that use
 * yaml-language-server, and new records' skeletons ({@code quartier new}).
 */
package de.quartier.schema;
