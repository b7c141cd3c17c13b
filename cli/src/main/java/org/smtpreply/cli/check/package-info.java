/**
 * Checks a generated site as its readers would meet it: links and anchors, HTML validity (the
 * Nu Html Checker, offline), page weight, and text shown in a fallback language.
 */
package org.smtpreply.cli.check;
