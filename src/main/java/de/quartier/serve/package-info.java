/**
 * The preview server of {@code quartier serve}: serves a {@link de.quartier.build.Preview} over
 * HTTP on this computer, adds the live-reload script to its pages, tells open tabs to reload when
 * what they show changed, and shows the site's errors in place of its pages. It reads no site
 * files itself and writes nothing.
 */
package de.quartier.serve;
