/** JMH benchmarks of the reply parser against a java.util.regex baseline; see docs/benchmarks.md. */
package org.smtpreply.benchmarks;
