/**
 * Deliberately broken code: each class breaks one rule of {@code ArchitectureTest}, which must fail
 * on it. Never loaded by Micronaut (every bean here requires a property that is never set).
 */
package se.stockholm.varna.archfixture;
