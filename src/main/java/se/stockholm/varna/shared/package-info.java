/**
 * Shared kernel: problem+json errors, paging, the clock and the change event every module publishes.
 *
 * <p>May use nothing but Micronaut and the JDK. Every other module may use it.
 */
package se.stockholm.varna.shared;
