/**
 * The pipeline: the one place that knows the order of the stages (load, parse, config, validate,
 * assemble, render, write) and stops before render when any stage reported an error.
 */
package de.quartier.build;
