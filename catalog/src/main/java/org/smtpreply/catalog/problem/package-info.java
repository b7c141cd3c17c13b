/**
 * What can be wrong with a catalog: {@link org.smtpreply.catalog.problem.Problem}, one line with its
 * place, and {@link org.smtpreply.catalog.problem.ProblemKind}, its stable id.
 */
package org.smtpreply.catalog.problem;
