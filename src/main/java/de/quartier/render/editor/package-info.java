/** admin/: the web editor (Decap CMS) for editors without Git skills, configured from the field definitions. */
package de.quartier.render.editor;
